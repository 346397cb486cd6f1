import type { LintResult } from '../lint.js';

export interface FormatterInput {
  results: LintResult[];
  color: boolean;
  /** Files whose fixes were written. */
  fixed: boolean;
}

export type Formatter = (input: FormatterInput) => string;
