import type { ParsedInput } from '../document/types.js';
/** Parses Markdown; `src/input/mdx.ts` hands in a processor with MDX syntax for .mdx files. */
export type MarkdownParser = {
    parse(source: string): unknown;
};
export declare function parseMarkdown(source: string, filename?: string, parser?: MarkdownParser): ParsedInput;
