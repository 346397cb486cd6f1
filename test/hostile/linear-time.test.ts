// Linear time: a 100,000-character draft made of one token repeated, or long unpunctuated Chinese, or an HTML-only
// email of many paragraphs, costs no more than three times ordinary prose of the same length and format. (Time
// expressions have their own tests in test/analysis.)
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const N = 100_000;
const now = '2026-11-27T10:00:00+08:00';
const fill = (unit: string, length = N) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const EN = 'The quarterly report is attached; please read the summary before Thursday and send comments to Ana. ';
const ZH = '本季报告已附上，请在周四前阅读摘要，并把意见寄给安娜。我们会在下次会议讨论预算与人力安排。';

function email(body: string, type: 'html' | 'plain'): string {
  const head = [
    'From: Ana <ana@example.com>',
    'To: team@example.com',
    'Subject: Notes',
    'Date: Fri, 27 Nov 2026 10:00:00 +0800',
    'MIME-Version: 1.0',
    `Content-Type: text/${type}; charset=utf-8`,
  ];
  return [...head, '', body, ''].join('\r\n');
}

/** The fastest of a few runs, in milliseconds: the least disturbed by other work on the machine. */
async function cost(text: string, filename: string): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await lint({ text, filename }, { now });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const paragraphs = Array.from({ length: 6_000 }, (_, i) => `Item ${i} is ready`);

const cases: [string, string, string, string][] = [
  ['100,000 characters of "1."', fill('1.'), fill(EN), 'a.txt'],
  ['100,000 characters of "_a"', fill('_a'), fill(EN), 'a.txt'],
  ['100,000 characters of "1." in Markdown', fill('1.'), fill(EN), 'a.md'],
  ['100,000 characters of "3-" in Markdown', fill('3-'), fill(EN), 'a.md'],
  ['100,000 characters of "_a" in Markdown', fill('_a'), fill(EN), 'a.md'],
  ['100,000 characters of "*a" in Markdown', fill('*a'), fill(EN), 'a.md'],
  ['100,000 characters of "~a" in Markdown', fill('~a'), fill(EN), 'a.md'],
  ['100,000 characters of "a]" in Markdown', fill('a]'), fill(EN), 'a.md'],
  ['100,000 characters of "](" in Markdown', fill(']('), fill(EN), 'a.md'],
  [
    '100,000 Chinese characters without punctuation',
    fill('我们下午在会议室讨论预算人力安排与下季计划'),
    fill(ZH),
    'a.txt',
  ],
  ['5,000 一会儿 in a row', '一会儿'.repeat(5_000), fill(ZH, 15_000), 'a.txt'],
  [
    'an HTML-only email of 6,000 short paragraphs',
    email(paragraphs.map((p) => `<p>${p}</p>`).join(''), 'html'),
    email(paragraphs.join('\r\n\r\n'), 'plain'),
    'a.eml',
  ],
];

describe('time grows linearly with the draft', () => {
  it.each(cases)(
    '%s costs at most 3× ordinary prose',
    async (_, hostile, ordinary, filename) => {
      await lint({ text: ordinary, filename });
      const prose = await cost(ordinary, filename);
      const spent = await cost(hostile, filename);
      expect(spent, `${Math.round(spent)} ms against ${Math.round(prose)} ms for prose`).toBeLessThanOrEqual(
        3 * Math.max(prose, 50),
      );
    },
    120_000,
  );
});

describe('thousands of matches of one word in one sentence', () => {
  it.each([['稍後'], ['稍后再说'], ['ASAP ']])(
    'four times as many %s cost at most eight times as much',
    async (word) => {
      const draft = (length: number) => fill(word, length);
      await lint({ text: draft(2_000), filename: 'a.txt' }, { now });
      const small = await cost(draft(10_000), 'a.txt');
      const large = await cost(draft(40_000), 'a.txt');
      expect(large, `${Math.round(large)} ms against ${Math.round(small)} ms`).toBeLessThanOrEqual(
        8 * Math.max(small, 50),
      );
    },
    120_000,
  );
});

describe('a paragraph of thousands of Markdown delimiters', () => {
  it('is read with its delimiters as plain characters, and checked at the right place', async () => {
    const text = `# 通知\n\n${'*的'.repeat(3_000)} 會議訂於2026年12月5日（週五）上午10點召開。\n`;
    const { diagnostics, source } = await lint({ text, filename: 'a.md' }, { now });
    const weekday = diagnostics.find((d) => d.ruleId === 'weekday-mismatch');
    expect(weekday).toMatchObject({ line: 3, column: text.split('\n')[2].indexOf('週五') + 1 });
    expect(source).toBe(text);
  });

  it('leaves ordinary emphasis and links alone', async () => {
    const { diagnostics } = await lint(
      {
        text: '# 通知\n\n會議訂於**2026年12月5日（週五）**上午10點，見[議程](https://example.com/a_b)。\n',
        filename: 'a.md',
      },
      { now },
    );
    expect(diagnostics.find((d) => d.ruleId === 'weekday-mismatch')).toMatchObject({ line: 3, column: 18 });
  });
});
