import type { Block } from '../document/types.js';
import { extractBlockTimes } from './times/extract.js';
import type { Reference } from './times/calendar.js';
import type { TimeExpression } from './times/types.js';
import { applyYearContext } from './times/year-context.js';
import type { CalendarDate } from './times/calendar.js';
import { tokenizeChinese, tokenizeEnglish, type Token } from './tokens/tokens.js';

/** Analyses of one document, each computed on first use and kept. */
export class Analyses {
  private timesCache?: TimeExpression[];
  private readonly tokensCache = new Map<number, Token[]>();

  constructor(
    private readonly blocks: Block[],
    private readonly reference: Reference,
    private readonly documentDate?: CalendarDate,
  ) {}

  times(): TimeExpression[] {
    this.timesCache ??= applyYearContext(
      this.blocks.flatMap((block) => extractBlockTimes(block.text, block.language, this.reference, block.index, block.links)),
      this.documentDate,
      new Set(this.blocks.filter((block) => block.part === 'heading').map((block) => block.index)),
    );
    return this.timesCache;
  }

  tokens(block: Block): Token[] {
    let tokens = this.tokensCache.get(block.index);
    if (!tokens) {
      tokens = block.language === 'en' ? tokenizeEnglish(block.text) : tokenizeChinese(block.text);
      this.tokensCache.set(block.index, tokens);
    }
    return tokens;
  }
}
