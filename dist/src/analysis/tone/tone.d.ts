import type { Block } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
export type ToneKind = 'complaint' | 'blame' | 'praise' | 'bad-news';
export declare const TONE_KINDS: ToneKind[];
export interface ToneMatch {
    kind: ToneKind;
    entry: string;
    block: number;
    start: number;
    end: number;
    text: string;
    /** Range of the sentence it stands in. */
    sentence: {
        start: number;
        end: number;
    };
}
export interface ToneWords {
    /** Extra forms per kind, from a rule's options. */
    extra?: Partial<Record<ToneKind, string[]>>;
    /** Forms not to count. */
    remove?: string[];
}
/** Complaint, blame, praise and bad-news words in one block, minus negated ones and rhetorical questions. */
export declare function findTone(block: Block, tokens: Token[] | (() => Token[]) | undefined, words?: ToneWords): ToneMatch[];
