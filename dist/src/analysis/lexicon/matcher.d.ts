import type { Token } from '../tokens/tokens.js';
import { type LexiconEntry, type LexiconLanguage } from './lexicon.js';
export interface LexiconMatch {
    entry: LexiconEntry;
    /** The text as written. */
    text: string;
    start: number;
    end: number;
}
/**
 * `tokens` may be a function: jieba is then asked only when some form occurs in the text at all, so a block
 * with no candidate never loads the dictionary or pays for segmentation.
 */
export declare function matchLexicon(entries: LexiconEntry[], text: string, language: LexiconLanguage, tokens?: Token[] | (() => Token[])): LexiconMatch[];
