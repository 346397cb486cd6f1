import type { LintResult } from '../lint.js';
import type { Rule } from '../engine/rule.js';
export interface FormatterInput {
    results: LintResult[];
    color: boolean;
    /** Files whose fixes were written. */
    fixed: boolean;
    /** The rules that ran, for formats that describe them (SARIF). */
    rules: Rule[];
    version: string;
}
export type Formatter = (input: FormatterInput) => string;
