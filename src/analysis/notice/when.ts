// Whether a notice pins its start: a day and a clock time a reader can put in a calendar. A day offered as one
// of two (周一/二晚上20:00, "24 or 31 May"), a week left unnamed (每月某周周四下午3点), a fortnightly slot with
// no weekday (双周上午 10:00) and a time still TODO/待定/TBD do not.
import type { Block } from '../../document/types.js';
import type { Evidence } from '../meeting/places.js';
import { simplify } from '../script/han.js';
import type { CalendarDate } from '../times/calendar.js';
import { hasExactStart, type TimeExpression } from '../times/types.js';
import type { LabelledValue } from './labels.js';

export type WhenProblem = 'day-no-clock' | 'either-or' | 'unnamed-week' | 'no-weekday' | 'not-given';

export interface WhenJudgement {
  /** The day and clock that pin the start (one expression, or a day and a clock time close together). */
  found?: Evidence & { day: TimeExpression; clock: TimeExpression };
  /** Why no start is pinned, with the text that shows it. */
  problem?: WhenProblem;
  text?: string;
  /** A day written without a clock time, for the suggested line. */
  date?: CalendarDate;
}

const NEAR_BLOCKS = 3;
const EN_WEEKDAY = '\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b';
const WEEKDAY = `(?:周|週|星期|礼拜|禮拜)?[一二三四五六日天]|${EN_WEEKDAY}`;
const OR = '(?:[/／]|或者?|or)';
// The other day of the pair: 「周一/二」, "Tuesday or Wednesday", "24 or 31 May", "either …".
const ALTERNATIVE_AFTER = new RegExp(`^\\s*${OR}\\s*(?:${WEEKDAY}|\\d{1,2}(?:日|号|號)?)(?![\\d:：])`, 'i');
const ALTERNATIVE_BEFORE = new RegExp(
  `(?:\\beither\\s+|(?:${WEEKDAY}|\\b\\d{1,2}(?:st|nd|rd|th)?)\\s*${OR}\\s*)$`,
  'i',
);
const UNNAMED_WEEK = /(?:某(?:一|个|個)?(?:周|週|星期)|\b(?:some|one) week (?:of|in) the month\s*(?:on\s*)?)\s*$/i;
const FORTNIGHTLY =
  /双周|雙週|隔周|隔週|每两周|每兩週|每2周|\bbi-?weekly\b|\bevery (?:other|two|2) weeks?\b|\bfortnightly\b/i;
const WEEKDAY_WORD = new RegExp(`(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|${EN_WEEKDAY}`, 'i');

export function judgeWhen(blocks: Block[], times: TimeExpression[], labels: LabelledValue[]): WhenJudgement {
  const textOf = (time: TimeExpression) => blocks.find((block) => block.index === time.block)?.text ?? '';
  const unpinned = new Map<TimeExpression, WhenProblem>();
  for (const time of times) {
    const text = textOf(time);
    const before = simplify(text.slice(Math.max(0, time.start - 12), time.start));
    const after = text.slice(time.end, time.end + 12);
    if (time.date && (ALTERNATIVE_AFTER.test(after) || ALTERNATIVE_BEFORE.test(before)))
      unpinned.set(time, 'either-or');
    else if (time.date && UNNAMED_WEEK.test(before)) unpinned.set(time, 'unnamed-week');
    else if (
      time.startTime &&
      !time.date &&
      FORTNIGHTLY.test(simplify(lineOf(text, time.start))) &&
      !WEEKDAY_WORD.test(lineOf(text, time.start))
    ) {
      unpinned.set(time, 'no-weekday');
    }
  }
  // The clock time that follows an unpinned day on its line belongs to it: 「周一/二晚上20:00」.
  for (const [day, problem] of [...unpinned]) {
    const text = textOf(day);
    for (const clock of times) {
      if (
        clock.block === day.block &&
        clock.start >= day.end &&
        clock.startTime &&
        !clock.date &&
        !text.slice(day.end, clock.start).includes('\n')
      )
        unpinned.set(clock, problem);
    }
  }
  const pinned = times.filter((time) => !unpinned.has(time));
  const found = pinStart(pinned, blocks);
  if (found) return { found };

  const [first] = [...unpinned];
  if (first) return { problem: first[1], text: first[0].text, date: first[0].date };
  const blank = labels.find((label) => label.element === 'when' && label.blank);
  if (blank) return { problem: 'not-given', text: blank.block.text.slice(blank.start, blank.end) || blank.label };
  const dated = times.find((time) => time.date);
  if (dated) return { problem: 'day-no-clock', text: dated.text, date: dated.date };
  return {};
}

function pinStart(times: TimeExpression[], blocks: Block[]): WhenJudgement['found'] {
  const evidence = (day: TimeExpression, clock: TimeExpression) => {
    const block = blocks.find((candidate) => candidate.index === clock.block);
    return {
      block: clock.block,
      start: clock.start,
      end: clock.end,
      text: block?.text.slice(clock.start, clock.end) ?? clock.text,
      day,
      clock,
    };
  };
  const exact = times.find(hasExactStart);
  if (exact) return evidence(exact, exact);
  // "Date: …" on one line and "Time: 19:00" a few lines on.
  for (const clock of times.filter((time) => time.startTime && !time.date)) {
    const day = times.find((time) => time.date && Math.abs(clock.block - time.block) <= NEAR_BLOCKS);
    if (day) return evidence(day, clock);
  }
  return undefined;
}

function lineOf(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to === -1 ? text.length : to);
}
