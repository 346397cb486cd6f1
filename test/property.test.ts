// Properties that hold for any text: lint never throws, ranges stay inside the text and on character boundaries,
// fixes converge and change nothing outside their ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fix, lint } from '../src/index.js';
import { LineIndex } from '../src/document/source-map.js';

const now = '2026-11-27T10:00:00+08:00';

// Pieces that reach every rule: time words, dates with weekdays, names, tone, meeting words, attachments.
const FRAGMENTS = [
  '一會兒',
  '稍後',
  '稍后',
  '改天',
  '尽快',
  'soon',
  'ASAP',
  'later',
  '明天',
  '後天（星期二）',
  '2026年12月5日（週五）',
  '12月11日（周四）上午9:30',
  'Monday, December 8 at 9:30 AM',
  '下午3點',
  '10:00–11:30',
  '會議',
  '开会',
  'meeting',
  '各位',
  '大家',
  'Hi all,',
  '@所有人',
  '王經理',
  '小明',
  'Bob',
  '馬虎',
  'dropped the ball',
  '太離譜',
  "I'm sick of",
  '裁員',
  'layoffs',
  '附件',
  'attached',
  '請',
  'please',
  '地點：301會議室',
  'https://zoom.us/j/123',
  '老地方',
  '，',
  '。',
  '？',
  '！',
  '「',
  '」',
  '（',
  '）',
  '、',
  '：',
  '\u3000',
  '😀',
  '𠀀',
  '👍🏽',
  '\u200d',
  '\u0000',
  '\u0007',
  '\u001b',
  '\uD800',
  '\uDC00',
  '\uFEFF',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '> ',
  '- ',
  '# ',
  '`',
  '```\n',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '|',
  '\\',
];

const draft = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function offsetOf(lines: LineIndex, line: number, column: number): number {
  return lines.lineStart(line) + column - 1;
}

describe.each(['draft.txt', 'draft.md'])('any text as %s', (filename) => {
  it('is linted without throwing, and every range lies inside the text, on character boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        const result = await lint({ text, filename }, { now });
        const lines = new LineIndex(result.source);
        for (const d of result.diagnostics) {
          const start = offsetOf(lines, d.line, d.column);
          const end = offsetOf(lines, d.endLine, d.endColumn);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(result.source.length);
          for (const at of [start, end]) {
            expect(
              isLowSurrogate(result.source.charCodeAt(at)) && isHighSurrogate(result.source.charCodeAt(at - 1)),
            ).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('fixes converge: after --fix nothing fixable is left, a second --fix changes nothing, and text around the fixes is kept', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        const first = await fix({ text, filename }, { now });
        if (first.output === undefined) return;
        const again = await fix({ text: first.output, filename }, { now });
        expect(again.output).toBeUndefined();
        expect(again.diagnostics.filter((d) => d.fix)).toEqual([]);
        // The fixer only rewrites weekdays: the output has the same length and differs only inside weekday words.
        const fixes = (await lint({ text, filename }, { now })).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
        const firstStart = Math.min(...fixes.map((f) => f.range[0]));
        expect(first.output.slice(0, firstStart)).toBe(text.slice(0, firstStart));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the same result whatever the order', () => {
  it('lints a set of drafts to the same diagnostics in any order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(draft, { minLength: 2, maxLength: 4 }), async (texts) => {
        const forward = await Promise.all(texts.map((text) => lint(text, { now })));
        const backward = await Promise.all([...texts].reverse().map((text) => lint(text, { now })));
        expect(forward.map((r) => r.diagnostics)).toEqual(backward.reverse().map((r) => r.diagnostics));
      }),
      { numRuns: 40 },
    );
  });
});
