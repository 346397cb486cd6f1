import type { Block, Segment } from './types.js';
/** Maps an offset in block text to an offset in the source; `edge` picks the side of a segment for range ends. */
export declare function toSourceOffset(block: Pick<Block, 'segments'>, offset: number, edge?: 'start' | 'end'): number;
/** Line starts of a text, so offsets turn into 1-based line and column (UTF-16 code units, as ESLint and LSP count). */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    position(offset: number): {
        line: number;
        column: number;
    };
    lineStart(line: number): number;
}
/** Builds a segment list for a text that is a verbatim slice of the source. */
export declare function verbatimSegments(text: string, sourceStart: number): Segment[];
