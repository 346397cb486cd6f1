import type { ParsedInput } from '../document/types.js';
/**
 * An RFC 5322 message. Line and column numbers refer to the message as written when its body is
 * 7bit or 8bit text; otherwise to the header lines followed by the decoded body, and fixes become suggestions.
 */
export declare function parseEml(bytes: Uint8Array, filename?: string): Promise<ParsedInput>;
