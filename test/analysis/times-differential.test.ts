// Never below chrono: every generated and hand-written notice expression read by draftlint and by chrono-node
// alone, against the same reference; per category, draftlint must be exact at least as often, and overall on
// at least 98 % of the cases. Where chrono is right and draftlint is not, the case must be listed below with why.
import { readFileSync } from 'node:fs';
import * as chronoEn from 'chrono-node/en';
import * as chronoHans from 'chrono-node/zh/hans';
import * as chronoHant from 'chrono-node/zh/hant';
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/index.js';
import { isoDate, isoTime } from '../../src/analysis/times/calendar.js';
import { generatedCases, GRAMMAR_NOW, type TimeCase } from '../support/time-grammar.js';

interface Reading {
  date?: string;
  start?: string;
  end?: string;
}

function handWritten(): TimeCase[] {
  const lines = readFileSync(new URL('../fixtures/times/hand-written.tsv', import.meta.url), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [language, category, text, date, start, end] = line.split('\t');
      return {
        language: language as TimeCase['language'],
        category: `${language === 'en' ? 'en' : 'zh'} hand-written: ${category}`,
        text,
        date: date || undefined,
        start: start || undefined,
        end: end || undefined,
      };
    });
}

/** The expression a reader would put in a calendar: the one with a clock, else the first with a day. */
function draftlintReading(c: TimeCase): Reading {
  const times = extractTimes(c.text, { now: GRAMMAR_NOW, language: c.language });
  const time = times.find((t) => t.startTime && t.date) ?? times.find((t) => t.startTime) ?? times.find((t) => t.date);
  return {
    date: time?.date && isoDate(time.date),
    start: time?.startTime && isoTime(time.startTime),
    end: time?.endTime && isoTime(time.endTime),
  };
}

const reference = { instant: new Date(GRAMMAR_NOW), timezone: 480 };

function chronoReading(c: TimeCase): Reading {
  const chrono =
    c.language === 'en' ? chronoEn.casual : c.language === 'zh-Hant' ? chronoHant.casual : chronoHans.casual;
  const results = chrono.parse(c.text, reference, { forwardDate: true });
  const result = results.find((r) => r.start.isCertain('hour')) ?? results[0];
  if (!result) return {};
  const day = result.start.isCertain('day') || result.start.isCertain('weekday');
  const clock = (components: typeof result.start) =>
    isoTime({ hour: components.get('hour') ?? 0, minute: components.get('minute') ?? 0 });
  return {
    date: day
      ? isoDate({
          year: result.start.get('year') ?? 0,
          month: result.start.get('month') ?? 0,
          day: result.start.get('day') ?? 0,
        })
      : undefined,
    start: result.start.isCertain('hour') ? clock(result.start) : undefined,
    end: result.end?.isCertain('hour') ? clock(result.end) : undefined,
  };
}

const exact = (c: TimeCase, r: Reading) => r.date === c.date && r.start === c.start && r.end === c.end;

/** Cases where chrono's reading is right and draftlint's differs on purpose. */
const ARGUED: Record<string, string> = {};

const generated = generatedCases();
const hand = handWritten();

describe('the time grammar against chrono-node', () => {
  it('has at least 2,000 generated and 300 hand-written cases', () => {
    expect(generated.length).toBeGreaterThanOrEqual(2000);
    expect(hand.length).toBeGreaterThanOrEqual(300);
  });

  const all = [...generated, ...hand];
  const rows = all.map((c) => ({ c, ours: draftlintReading(c), theirs: chronoReading(c) }));

  it('is exact on at least 98 % of the cases', () => {
    const wrong = rows.filter((row) => !exact(row.c, row.ours));
    const share = 1 - wrong.length / rows.length;
    if (process.env.TIMES_REPORT)
      for (const row of wrong)
        console.log(`WRONG ${row.c.text} → ${JSON.stringify(row.ours)} chrono ${JSON.stringify(row.theirs)}`);
    expect(
      share,
      wrong
        .slice(0, 20)
        .map((row) => `${row.c.text} → ${JSON.stringify(row.ours)}`)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.98);
  });

  it('is never below chrono-node in a category', () => {
    const categories = new Map<string, { n: number; ours: number; theirs: number }>();
    for (const row of rows) {
      const tally = categories.get(row.c.category) ?? { n: 0, ours: 0, theirs: 0 };
      tally.n++;
      if (exact(row.c, row.ours)) tally.ours++;
      if (exact(row.c, row.theirs)) tally.theirs++;
      categories.set(row.c.category, tally);
    }
    if (process.env.TIMES_REPORT) {
      for (const [name, t] of [...categories].sort())
        console.log(
          `| ${name} | ${t.n} | ${((100 * t.ours) / t.n).toFixed(1)} % | ${((100 * t.theirs) / t.n).toFixed(1)} % |`,
        );
    }
    for (const [name, tally] of categories) expect(tally.ours, name).toBeGreaterThanOrEqual(tally.theirs);
  });

  it('reads every case chrono-node reads right the same, unless argued', () => {
    const worse = rows.filter((row) => exact(row.c, row.theirs) && !exact(row.c, row.ours) && !ARGUED[row.c.text]);
    expect(worse.map((row) => `${row.c.text} → ${JSON.stringify(row.ours)}`)).toEqual([]);
  });
});
