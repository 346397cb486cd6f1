import type { DocumentKind, Language } from '../document/types.js';
import type { Rule } from '../engine/rule.js';
export interface ValidCase {
    language: Language;
    text: string;
    /** Picks the format: `x.md`, `x.eml`; plain text by default. */
    filename?: string;
    kind?: DocumentKind;
    now?: string;
    options?: Record<string, unknown>;
    /** Why a trap must pass. */
    why?: string;
}
export interface ExpectedError {
    messageId: string;
    data?: Record<string, unknown>;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    /** The text after applying each suggestion, in order. */
    suggestions?: {
        messageId: string;
        output: string;
    }[];
}
export interface InvalidCase extends ValidCase {
    errors: ExpectedError[];
    /** The text after --fix; required when a fix applies. */
    output?: string;
}
export declare function ruleTester(rule: Rule, cases: {
    valid: ValidCase[];
    invalid: InvalidCase[];
}): void;
