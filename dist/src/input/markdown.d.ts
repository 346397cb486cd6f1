import type { ParsedInput } from '../document/types.js';
export declare function parseMarkdown(source: string, filename?: string): ParsedInput;
