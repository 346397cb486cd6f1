import type { Block, Headers } from '../document/types.js';
import { EMPTY_VOCABULARY, type ResolvedVocabulary } from '../config/vocabulary.js';
import { extractBlockTimes } from './times/extract.js';
import type { CalendarDate, Reference } from './times/calendar.js';
import type { TimeExpression } from './times/types.js';
import { applyYearContext } from './times/year-context.js';
import { tokenizeChinese, tokenizeEnglish, type SegmenterName, type Token } from './tokens/tokens.js';
import { analyseAudience, type Audience } from './audience/audience.js';
import { findPeople, type Person } from './people/people.js';
import { findTone, type ToneMatch, type ToneWords } from './tone/tone.js';

/** Analyses of one document, each computed on first use and kept. */
export class Analyses {
  private timesCache?: TimeExpression[];
  private audienceCache?: Audience;
  private peopleCache?: Person[];
  private readonly tokensCache = new Map<number, Token[]>();
  private readonly toneCache = new Map<string, ToneMatch[]>();

  constructor(
    private readonly blocks: Block[],
    private readonly reference: Reference,
    private readonly headers: Headers,
    private readonly documentDate?: CalendarDate,
    private readonly segmenter: SegmenterName = 'node-rs',
    /** The team's own people, places, groups and accepted phrases. */
    readonly vocabulary: ResolvedVocabulary = EMPTY_VOCABULARY,
  ) {}

  times(): TimeExpression[] {
    this.timesCache ??= applyYearContext(
      this.blocks.flatMap((block) =>
        extractBlockTimes(block.text, block.language, this.reference, block.index, block.links),
      ),
      this.documentDate,
      new Set(this.blocks.filter((block) => block.part === 'heading').map((block) => block.index)),
    );
    return this.timesCache;
  }

  tokens(block: Block): Token[] {
    let tokens = this.tokensCache.get(block.index);
    if (!tokens) {
      tokens = block.language === 'en' ? tokenizeEnglish(block.text) : tokenizeChinese(block.text, this.segmenter);
      this.tokensCache.set(block.index, tokens);
    }
    return tokens;
  }

  /** Chinese blocks need jieba's word boundaries, asked for only when a word list has a candidate; English ones need none. */
  matchTokens(block: Block): (() => Token[]) | undefined {
    return block.language === 'en' ? undefined : () => this.tokens(block);
  }

  audience(): Audience {
    this.audienceCache ??= analyseAudience(
      this.headers,
      this.blocks,
      (block) => this.tokens(block),
      this.vocabulary.groups,
    );
    return this.audienceCache;
  }

  people(): Person[] {
    const colleagues = this.vocabulary.people.flatMap((person) => person.names);
    this.peopleCache ??= findPeople(this.blocks, this.audience().recipients, (block) => this.tokens(block), colleagues);
    return this.peopleCache;
  }

  /** Three rules read the tone of the same blocks, usually with the same (default) word options: computed once each. */
  tone(block: Block, words?: ToneWords): ToneMatch[] {
    // Empty word lists change nothing, so { extra: { complaint: [] } } and { extra: { blame: [] } } share an entry.
    const extra = Object.entries(words?.extra ?? {}).filter(([, list]) => list?.length);
    const key = `${block.index}|${JSON.stringify(extra)}|${JSON.stringify(words?.remove?.length ? words.remove : [])}`;
    let matches = this.toneCache.get(key);
    if (!matches) {
      matches = findTone(block, this.matchTokens(block), words);
      this.toneCache.set(key, matches);
    }
    return matches;
  }
}
