/** The Simplified view of a text, character for character (same length, same offsets). */
export declare function simplify(text: string): string;
export interface ScriptCounts {
    han: number;
    latin: number;
    traditional: number;
    simplified: number;
}
export declare function countScripts(text: string): ScriptCounts;
