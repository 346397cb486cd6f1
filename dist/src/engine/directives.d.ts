import type { Format } from '../document/types.js';
import type { Diagnostic } from './diagnostic.js';
/**
 * Drops the diagnostics that disable directives in the draft silence, as ESLint's inline comments do, and lists the
 * directives that silenced nothing (for --report-unused-disable-directives).
 */
export declare function applyDirectives(diagnostics: Diagnostic[], source: string, format: Format, html?: {
    start: number;
    text: string;
}[]): {
    kept: Diagnostic[];
    unused: {
        line: number;
        text: string;
    }[];
};
