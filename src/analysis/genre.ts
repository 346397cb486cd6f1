import type { Block, Format } from '../document/types.js';
import type { TimeExpression } from './times/types.js';

/**
 * What a text is to its reader: a `message` (an email, a chat text, a string from another program), a `page`
 * of documentation, or a `log` — minutes, a changelog, a retrospective — which records what is past.
 */
export type Genre = 'message' | 'page' | 'log';

const DATED_SECTIONS_FOR_LOG = 3;
// meeting-notes-2021.md, 2016_Weekly_Meeting_Minutes.md, RETRO.md, 会议纪要: a record named as one.
const RECORD_NAME =
  /(?:^|[/\\_.-])(?:minutes|meeting[-_]notes|notes[-_]archive|retro|retrospective|postmortems?|changelog|annual[-_]report(?:[-_]\d{4})?|session[-_]notes|surveys?)(?:[/\\_.-]|$)|[-_]minutes|[/\\](?:[^/\\]*[-_])?notes[-_]\d{4}/i;
const RECORD_TITLE =
  /^(?:.*\b(?:meeting minutes|minutes of|meeting notes|retrospective|retro|postmortem)\b|.*(?:会议纪要|會議紀要|会议记录|會議記錄|纪要|紀要))/i;

// archive/sig-foo/README.md: a folder of retired pages; what they list has stopped.
const ARCHIVED_FOLDER = /(?:^|[/\\])(?:archive|archives|archived|attic|retired)[/\\]/i;
// Said near the top of a page kept for the record: it no longer calls anyone.
const RECORD_NOTE =
  /\b(?:this is a historical (?:document|record)|superseded by|(?:is|has been|was) (?:now )?(?:archived|retired|disbanded|dissolved|discontinued)\b)|已归档|已歸檔|已解散|已停止运作|已停止運作|历史文档|歷史文件|歷史文檔/i;
const RECORD_NOTE_BLOCKS = 4;

export function decideGenre(format: Format, blocks: Block[], times: TimeExpression[], filename?: string): Genre {
  if (format !== 'markdown') return 'message';
  if (filename && (RECORD_NAME.test(filename) || ARCHIVED_FOLDER.test(filename))) return 'log';
  if (blocks.slice(0, RECORD_NOTE_BLOCKS).some((block) => RECORD_NOTE.test(block.text))) return 'log';
  const title = blocks.find((block) => block.part === 'heading');
  if (title && RECORD_TITLE.test(title.text.trim())) return 'log';
  const datedHeadings = blocks.filter(
    (block) =>
      block.part === 'heading' && times.some((time) => time.block === block.index && time.date && time.start <= 4),
  ).length;
  return datedHeadings >= DATED_SECTIONS_FOR_LOG ? 'log' : 'page';
}
