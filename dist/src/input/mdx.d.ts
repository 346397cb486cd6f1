import type { ParsedInput } from '../document/types.js';
export declare function parseMdx(source: string, filename?: string): ParsedInput;
