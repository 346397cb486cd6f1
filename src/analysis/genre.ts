import type { Block, Format } from '../document/types.js';
import type { TimeExpression } from './times/types.js';

/**
 * What a text is to its reader: a `message` (an email, a chat text, a string from another program), a `page`
 * of documentation, or a `log` — minutes, a changelog — whose dated sections record what is past.
 */
export type Genre = 'message' | 'page' | 'log';

const DATED_SECTIONS_FOR_LOG = 3;

export function decideGenre(format: Format, blocks: Block[], times: TimeExpression[]): Genre {
  if (format !== 'markdown') return 'message';
  const datedHeadings = blocks.filter(
    (block) => block.part === 'heading' && times.some((time) => time.block === block.index && time.date && time.start <= 4),
  ).length;
  return datedHeadings >= DATED_SECTIONS_FOR_LOG ? 'log' : 'page';
}
