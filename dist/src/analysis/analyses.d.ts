import type { Block, Headers } from '../document/types.js';
import { type ResolvedVocabulary } from '../config/vocabulary.js';
import type { CalendarDate, Reference } from './times/calendar.js';
import type { TimeExpression } from './times/types.js';
import { type SegmenterName, type Token } from './tokens/tokens.js';
import { type Audience } from './audience/audience.js';
import { type Person } from './people/people.js';
import { type ToneMatch, type ToneWords } from './tone/tone.js';
/** Analyses of one document, each computed on first use and kept. */
export declare class Analyses {
    private readonly blocks;
    private readonly reference;
    private readonly headers;
    private readonly documentDate?;
    private readonly segmenter;
    /** The team's own people, places, groups and accepted phrases. */
    readonly vocabulary: ResolvedVocabulary;
    private timesCache?;
    private audienceCache?;
    private peopleCache?;
    private readonly tokensCache;
    private readonly toneCache;
    constructor(blocks: Block[], reference: Reference, headers: Headers, documentDate?: CalendarDate | undefined, segmenter?: SegmenterName, 
    /** The team's own people, places, groups and accepted phrases. */
    vocabulary?: ResolvedVocabulary);
    times(): TimeExpression[];
    tokens(block: Block): Token[];
    /** Chinese blocks need jieba's word boundaries, asked for only when a word list has a candidate; English ones need none. */
    matchTokens(block: Block): (() => Token[]) | undefined;
    audience(): Audience;
    people(): Person[];
    /** Three rules read the tone of the same blocks, usually with the same (default) word options: computed once each. */
    tone(block: Block, words?: ToneWords): ToneMatch[];
}
