import { Analyses } from '../analysis/analyses.js';
import type { Reference } from '../analysis/times/calendar.js';
import { type Document } from '../document/document.js';
import type { DocumentKind, Language, ParsedInput } from '../document/types.js';
import type { Diagnostic } from './diagnostic.js';
import type { ResolvedRule } from './settings.js';
import { RuleError } from '../input/errors.js';
import type { SegmenterName } from '../analysis/tokens/tokens.js';
import type { ResolvedVocabulary } from '../config/vocabulary.js';
export interface RunOptions {
    now?: Reference;
    segmenter?: SegmenterName;
    vocabulary?: ResolvedVocabulary;
    locale?: Language;
    kind?: DocumentKind;
}
export interface RunResult {
    document: Document;
    analyses: Analyses;
    diagnostics: Diagnostic[];
    /** Disable directives that silenced nothing. */
    unusedDirectives: {
        line: number;
        text: string;
    }[];
    /** Rules that threw on this draft; the others' diagnostics are kept. */
    failures: RuleFailure[];
}
export interface RuleFailure {
    ruleId: string;
    error: RuleError;
}
export declare function buildDocument(parsed: ParsedInput, options: RunOptions): {
    document: Document;
    analyses: Analyses;
};
export declare function runRules(parsed: ParsedInput, rules: ResolvedRule[], options?: RunOptions): RunResult;
