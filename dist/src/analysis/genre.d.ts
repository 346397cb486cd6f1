import type { Block, Format } from '../document/types.js';
import type { TimeExpression } from './times/types.js';
/**
 * What a text is to its reader: a `message` (an email, a chat text, a string from another program), a `page`
 * of documentation, or a `log` — minutes, a changelog, a retrospective — which records what is past.
 */
export type Genre = 'message' | 'page' | 'log';
export declare function decideGenre(format: Format, blocks: Block[], times: TimeExpression[], filename?: string): Genre;
