import type { Diagnostic, Fix } from './diagnostic.js';
/**
 * Applies the fixes that do not overlap, in source order, as ESLint does; bytes outside a fix's range
 * are copied untouched. Returns the new text and how many fixes went in.
 */
export declare function applyFixes(source: string, diagnostics: Diagnostic[]): {
    output: string;
    applied: number;
};
/** The same for edits given directly; edits at one place (two inserted lines) go in in the order given. */
export declare function applyEdits(source: string, edits: Fix[]): {
    output: string;
    applied: number;
};
