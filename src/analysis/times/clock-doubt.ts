// The one answer to "does this clock say which half of the day it is in?", asked by ambiguous-clock, extract and
// --ics: a 12-hour time (1–11) with nothing saying morning or afternoon, in a draft that gives no sign of its clock
// either: no 24-hour time elsewhere (15:00, 09:30), no UTC, no part of the day in the sentence.
import type { Block } from '../../document/types.js';
import { simplify } from '../script/han.js';
import { sentenceRange } from '../sentences.js';
import type { ClockTime } from './calendar.js';
import { CLOCK, PART_OF_DAY, TWENTY_FOUR_HOUR, TWENTY_FOUR_HOUR_ZONE } from './clock-cues.js';
import type { TimeExpression } from './types.js';
import { zhNumber } from './zh-parsers.js';

export interface ClockDoubt {
  /** The clock digits whose hour is the start time's: 3點 in 明天3點, "3" in "at 3 tomorrow". */
  clock: { block: number; start: number; end: number; text: string };
  morning: ClockTime;
  evening: ClockTime;
  /** The likelier half: the afternoon for 1–6 o'clock, the morning for 7–11. */
  likely: 'morning' | 'evening';
}

/** Whether the draft counts to 24 anywhere: then 9:30 is the morning and 21:30 the evening. */
export function countsTo24(times: TimeExpression[]): boolean {
  return times.some(
    (time) => TWENTY_FOUR_HOUR.test(time.text) || (time.timezone && TWENTY_FOUR_HOUR_ZONE.test(time.timezone.text)),
  );
}

/** The doubt about the half of the day of `time`'s start, or undefined when the draft settles it. */
export function clockDoubt(time: TimeExpression, times: TimeExpression[], blocks: Block[]): ClockDoubt | undefined {
  const hour = time.startTime?.hour;
  if (hour === undefined || hour < 1 || hour > 11 || time.halfOfDay !== 'unwritten') return undefined;
  if (countsTo24(times)) return undefined;
  const block = blocks[time.block];
  const sentence = sentenceRange(block.text, time.start, time.end);
  if (PART_OF_DAY.test(simplify(block.text.slice(sentence.start, sentence.end)))) return undefined;
  const clock = clockIn(time, block);
  if (!clock) return undefined;
  const minute = time.startTime?.minute ?? 0;
  return {
    clock,
    morning: { hour, minute },
    evening: { hour: hour + 12, minute },
    likely: hour <= 6 ? 'evening' : 'morning',
  };
}

function clockIn(time: TimeExpression, block: Block): ClockDoubt['clock'] | undefined {
  const view = block.language === 'en' ? time.text : simplify(time.text);
  const pattern = new RegExp(block.language === 'en' ? CLOCK.en : CLOCK.zh, 'gi');
  for (const match of view.matchAll(pattern)) {
    if (zhNumber(match[1]) !== time.startTime?.hour) continue;
    const start = time.start + (match.index ?? 0);
    return {
      block: block.index,
      start,
      end: start + match[0].length,
      text: block.text.slice(start, start + match[0].length),
    };
  }
  return undefined;
}
