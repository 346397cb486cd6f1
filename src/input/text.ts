import { findBareUrls } from '../document/links.js';
import type { BlockPart, ParsedInput } from '../document/types.js';
import { verbatimSegments } from '../document/source-map.js';

type RawBlock = ParsedInput['blocks'][number];

const LIST_MARKER = /^\s*(?:[-*•・]\s|\d{1,3}(?:[.)]\s|、)|[（(]?[一二三四五六七八九十]{1,3}[)）、])/;

/** Plain text: a block is a run of non-blank lines; a line that starts with a list marker is a list item of its own. */
export function parseTextBlocks(source: string, baseOffset = 0, startIndex = 0): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = source.split(/(?<=\r\n|\n|\r)/);
  let offset = 0;
  let pending: { start: number; end: number } | undefined;

  const push = (start: number, end: number, part: BlockPart) => {
    const text = source.slice(start, end).replace(/[\r\n]+$/, '');
    if (text.trim() === '') return;
    blocks.push({
      index: startIndex + blocks.length,
      part,
      text,
      segments: verbatimSegments(text, baseOffset + start),
      links: findBareUrls(text),
    });
  };
  // A run of lines that all start with ">" is a quoted earlier message, as mail clients write replies.
  const flush = () => {
    if (pending)
      push(
        pending.start,
        pending.end,
        /^(\s*>[^\n]*(\r?\n|\r|$))+$/.test(source.slice(pending.start, pending.end)) ? 'quote' : 'paragraph',
      );
    pending = undefined;
  };

  for (const line of lines) {
    const start = offset;
    offset += line.length;
    if (line.trim() === '') {
      flush();
    } else if (LIST_MARKER.test(line)) {
      flush();
      push(start, offset, 'list-item');
    } else if (pending) {
      pending.end = offset;
    } else {
      pending = { start, end: offset };
    }
  }
  flush();
  return blocks;
}

export function parseText(source: string, filename?: string): ParsedInput {
  return {
    format: 'text',
    filename,
    source,
    writable: true,
    headers: { to: [], cc: [], bcc: [] },
    blocks: parseTextBlocks(source),
  };
}
