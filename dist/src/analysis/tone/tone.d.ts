import type { Block } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
import { type Range } from './clauses.js';
export type ToneKind = 'complaint' | 'blame' | 'praise' | 'bad-news';
export declare const TONE_KINDS: ToneKind[];
/** A tone word in its clause, with what the clause does to it. */
export interface ToneMatch {
    kind: ToneKind;
    entry: string;
    /** How much the word weighs (its lexicon entry's confidence, 0–2): 裁员 2, 重组 1. */
    weight: number;
    block: number;
    start: number;
    end: number;
    text: string;
    sentence: Range;
    clause: Range;
    /** Under a negator in its clause (不会裁员, "no layoffs"), or in a sentence that denies a rumour (传闻不实). */
    negated: boolean;
    /** Someone else's words: after 客户说 / 據說 / "users told us", or inside quotation marks. */
    reported: boolean;
    question: boolean;
    /** A question that answers itself (谁说…？, "who said …?"). */
    rhetorical: boolean;
    /** Under a condition (如果, "if"): it has not happened. */
    hypothetical: boolean;
    /** Blame aimed at the writer or the writer's own team ("my abusive behaviour", "we dropped the ball", 我太粗心了). */
    atWriter: boolean;
}
export interface ToneWords {
    /** Extra forms per kind, from a rule's options. */
    extra?: Partial<Record<ToneKind, string[]>>;
    /** Forms not to count. */
    remove?: string[];
}
/**
 * Whether a word counts as the writer's own: a complaint in a genuine question ("why does nobody review?") still
 * counts, but blame and bad news asked about, reported, denied or supposed do not.
 */
export declare function isWritersOwn(match: ToneMatch): boolean;
/** Complaint, blame, praise and bad-news words in one block, each with its clause's negation, voice and mood. */
export declare function findTone(block: Block, tokens: Token[] | (() => Token[]) | undefined, words?: ToneWords): ToneMatch[];
