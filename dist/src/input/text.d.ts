import type { ParsedInput } from '../document/types.js';
type RawBlock = ParsedInput['blocks'][number];
/** Plain text: a block is a run of non-blank lines; a line that starts with a list marker is a list item of its own. */
export declare function parseTextBlocks(source: string, baseOffset?: number, startIndex?: number): RawBlock[];
export declare function parseText(source: string, filename?: string): ParsedInput;
export {};
