import type { fromHtml as FromHtml } from 'hast-util-from-html';
import type { ParsedInput } from '../document/types.js';
/** Parses Markdown; `src/input/mdx.ts` hands in a processor with MDX syntax for .mdx files. */
export type MarkdownParser = {
    parse(source: string): unknown;
};
export declare function parseMarkdown(source: string, filename?: string, fromHtml?: typeof FromHtml, parser?: MarkdownParser): ParsedInput;
