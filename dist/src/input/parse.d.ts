import type { Address, Format, Headers, ParsedInput } from '../document/types.js';
export declare const EXTENSIONS: Record<string, Format>;
export declare function formatOf(filename: string | undefined): Format;
/** Bytes from a file or stdin: NUL bytes mean a binary file; text must be UTF-8 (an .eml declares its own charsets). */
export declare function decodeText(bytes: Uint8Array, filename?: string): string;
export declare function parseInput(input: string | Uint8Array, filename?: string, format?: Format, headers?: Partial<Headers>, recipients?: string[]): Promise<ParsedInput>;
/** "Ana Lee <ana@example.com>", "team@example.com" or a bare name. */
export declare function parseAddresses(list: string[]): Address[];
