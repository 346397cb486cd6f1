import type { Block, Segment } from './types.js';

/** Maps an offset in block text to an offset in the source; `edge` picks the side of a segment for range ends. */
export function toSourceOffset(
  block: Pick<Block, 'segments'>,
  offset: number,
  edge: 'start' | 'end' = 'start',
): number {
  const segments = block.segments;
  if (segments.length === 0) return 0;
  let chosen: Segment = segments[0];
  for (const segment of segments) {
    if (segment.textStart > offset || (edge === 'end' && segment.textStart === offset && offset > 0)) break;
    chosen = segment;
  }
  const within = Math.max(0, offset - chosen.textStart);
  if (chosen.length === chosen.sourceLength) return chosen.sourceStart + Math.min(within, chosen.sourceLength);
  // A segment whose source differs from its text (an escape, an entity) maps as a whole.
  return within === 0 ? chosen.sourceStart : chosen.sourceStart + chosen.sourceLength;
}

/** Line starts of a text, so offsets turn into 1-based line and column (UTF-16 code units, as ESLint and LSP count). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
  }
}

/** Builds a segment list for a text that is a verbatim slice of the source. */
export function verbatimSegments(text: string, sourceStart: number): Segment[] {
  return [{ textStart: 0, sourceStart, length: text.length, sourceLength: text.length }];
}
