// One chrono result as a piece of a time expression: its day, weekday, clock, part of the day, recurrence.
import type { ParsingResult } from 'chrono-node';
import { addDays, compareDates, isValidDate, weekdayOf, type CalendarDate } from './calendar.js';
import type { DayKind, TimeExpression } from './types.js';
import { enWeekday, zhWeekday } from './weekdays.js';

export interface Piece extends Omit<TimeExpression, 'block' | 'text'> {
  /** A bare weekday that may turn out to annotate a neighbouring date. */
  weekdayOnly: boolean;
  /** `（三）`: a weekday only when it stands beside a date. */
  annotationOnly: boolean;
  /** The half of the day a part-of-day word names (下午, 傍晚, "afternoon"), for a clock beside it that does not say. */
  half?: 'am' | 'pm';
}

const EN_WEEKDAY = /\b(?:bi-?)?(sun|mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur)(day)?(s)?\b\.?/i;
const ZH_WEEKDAY = /(?:周|星期|礼拜|拜)([一二三四五六日天])|(?<=[（(]\s{0,3})([一二三四五六日天])(?=\s{0,3}[）)])/;
const EN_RELATIVE = /\b(today|tonight|tomorrow|yesterday|next|this|last|coming|day after|day before|in \d+|ago)\b/i;
const EN_WRITTEN_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s{1,3}\d|\d(st|nd|rd|th)?\s{1,3}(of\s{1,3})?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/-]\d/i;
const EN_RECURRING_BEFORE = /\b(every|each)\s{1,3}(other\s{1,3})?$/i;
// 每周, 每隔, 每月第二和第四个（周四）.
const ZH_RECURRING_BEFORE =
  /每(隔|个|两|雙|双)?\s{0,2}$|每个?月\s{0,2}(?:的\s{0,2})?第[一二三四五\d](?:\s{0,2}[和、及与,，]\s{0,2}第?[一二三四五\d])*个?\s{0,2}$/;
const EN_LAST_WEEKDAY = /\blast\s{1,3}(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
const EN_EVENING = /\b(afternoon|evening|tonight|night)\b/i;
const EN_MORNING = /\bmorning\b/i;
const ZH_EVENING = /下午|晚|傍晚|夜|午后/;
const ZH_MORNING = /上午|早|清晨|凌晨/;

const PART_OF_DAY_WORD =
  /上午|下午|早上|早晨|清晨|中午|晚上|傍晚|凌晨|夜里|晚间|午后|今晚|明晚|今早|明早|\b(?:am|pm|a\.m\.?|p\.m\.?|morning|afternoon|evening|night|tonight|noon|midnight)(?![a-z])/i;
const DAY_WORD = /\b(today|tonight|tomorrow|yesterday|noon|midnight|mon|tue|wed|thu|fri|sat|sun)/i;
const POINT_IN_TIME =
  /\d{1,2}[:.h]\d{2}|\d\s{0,2}(am|pm|a\.m|p\.m)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|tonight|tomorrow|yesterday|noon|midnight)\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}/i;
const OWN_EN_TAGS = ['en/part-of-day', 'en/relative-day', 'en/clock-range', 'en/plural-weekday', 'en/noon'];

// "Let's meet at 3.", "the call starts at 10 o'clock": chrono reads "at 3" anywhere ("rated at 3", "at 3 levels");
// after a word of meeting, and before no unit, it is a time.
const AT_BARE_HOUR =
  /(?<=\b(?:meet|meeting|call|calls|see you|start|starts|begin|begins|sync|standup|stand-up|join us|arrive|come|lunch|dinner)\b[^.!?\n]{0,30}?)at\s{1,3}(1[0-2]|[1-9])(?:\s{0,2}o'clock)?(?![\d:%]|\.\d|\s{0,3}(?:am\b|pm\b|a\.m|p\.m|percent|out\b|of\b|levels?\b|times\b|points?\b|people\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b))/iy;

export function toPiece(result: ParsingResult, scan: string, today: CalendarDate, chinese: boolean): Piece | undefined {
  const start = result.start;
  const tags = result.tags();
  const text = result.text;
  const piece: Piece = {
    start: result.index,
    end: result.index + text.length,
    yearWritten: chinese ? /\d{4}|[零〇一二三四五六七八九]{4}\s{0,2}年/.test(text) : /\b\d{4}\b/.test(text),
    partOfDay: false,
    recurring: false,
    weekdayOnly: false,
    annotationOnly: tags.has('zh/weekday-annotation'),
  };
  const before = scan.slice(Math.max(0, piece.start - 12), piece.start);
  if (!chinese && !isPointInTime(result) && !isBareHourAfterMeetingWord(scan, result)) return undefined;

  const zhMatch = chinese ? ZH_WEEKDAY.exec(text) : null;
  // An English weekday in Chinese text: 2022-07-29（Fri.）.
  const weekdayMatch = zhMatch ?? EN_WEEKDAY.exec(text);
  if (weekdayMatch) {
    const value = (zhMatch ? zhWeekday(zhMatch[1] ?? zhMatch[2]) : enWeekday(weekdayMatch[1])) as number;
    const wStart = piece.start + weekdayMatch.index;
    piece.weekday = {
      value,
      start: wStart,
      end: wStart + weekdayMatch[0].replace(/\.$/, '').length,
      text: weekdayMatch[0].replace(/\.$/, ''),
    };
    if (!zhMatch && weekdayMatch[3]) piece.recurring = true;
  }
  if (
    tags.has('zh/recurring') ||
    tags.has('en/plural-weekday') ||
    (chinese ? ZH_RECURRING_BEFORE.test(before) : EN_RECURRING_BEFORE.test(before))
  )
    piece.recurring = true;

  const period = [...tags].find((tag) => tag.startsWith('period/'));
  if (period && result.end) {
    const day = (components: typeof start) => ({
      year: components.get('year') ?? 0,
      month: components.get('month') ?? 0,
      day: components.get('day') ?? 0,
    });
    piece.period = {
      unit: period.slice('period/'.length) as 'week' | 'weekend' | 'month',
      first: day(start),
      last: day(result.end),
    };
    piece.dayKind = 'relative';
    return piece;
  }
  if (tags.has('deadline')) piece.deadline = true;
  const hasDay = start.isCertain('day') || start.isCertain('weekday');
  if (hasDay) {
    const written: CalendarDate = {
      year: start.get('year') ?? today.year,
      month: start.get('month') ?? today.month,
      day: start.get('day') ?? today.day,
    };
    let date = start.isCertain('year') || !start.isCertain('month') ? written : forwardYear(written, today);
    // Not where the date is written beside it: "last friday May 3rd" is May 3rd.
    const last = chinese || start.isCertain('month') ? null : EN_LAST_WEEKDAY.exec(text);
    // chrono reads "last Friday" forward when asked for future dates: it is the one before today.
    if (last) date = lastWeekday(today, enWeekday(last[1]) as number);
    // "Tuesday, 10am-noon": joined with a clock range, chrono leaves the weekday in the past week.
    else if (!chinese && !start.isCertain('month') && start.isCertain('weekday') && compareDates(date, today) < 0)
      date = addDays(date, 7);
    if (isValidDate(date)) piece.date = date;
    piece.dayKind = dayKind(result, chinese);
    piece.weekdayOnly = piece.dayKind === 'weekday' && !start.isCertain('hour');
  }
  const half = chinese
    ? ZH_EVENING.test(text)
      ? 'pm'
      : ZH_MORNING.test(text)
        ? 'am'
        : undefined
    : EN_EVENING.test(text)
      ? 'pm'
      : EN_MORNING.test(text)
        ? 'am'
        : undefined;
  if (start.isCertain('hour')) piece.startTime = { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 };
  else if (
    tags.has('zh/part-of-day') ||
    tags.has('en/part-of-day') ||
    /\b(morning|afternoon|evening|night|noon|midday)\b/i.test(text)
  ) {
    piece.partOfDay = true;
    piece.half = half;
  }
  if (result.end?.isCertain('hour'))
    piece.endTime = { hour: result.end.get('hour') ?? 0, minute: result.end.get('minute') ?? 0 };
  if (piece.startTime) {
    piece.halfOfDay = halfOfDayWritten(result, text, tags) ? 'written' : 'unwritten';
    // "this afternoon at 4:10", "at 4 tomorrow afternoon" read as one result: the part of the day sets the half.
    if (piece.halfOfDay === 'unwritten' && half && !chinese && PART_OF_DAY_WORD.test(text))
      Object.assign(piece, withHalf(piece, half));
  }

  if (!piece.date && !piece.startTime && !piece.partOfDay) return undefined;
  return piece;
}

/** The clock of a piece moved to the half of the day a word beside it names: 4:10 in the afternoon is 16:10. */
export function withHalf(
  piece: Pick<Piece, 'startTime' | 'endTime'>,
  half: 'am' | 'pm',
): Pick<Piece, 'startTime' | 'endTime' | 'halfOfDay'> {
  const shift = (time: { hour: number; minute: number } | undefined) =>
    time &&
    (half === 'pm' && time.hour < 12
      ? { ...time, hour: time.hour + 12 }
      : half === 'am' && time.hour === 12
        ? { ...time, hour: 0 }
        : time);
  const startTime = shift(piece.startTime);
  const endTime =
    piece.endTime && startTime && piece.endTime.hour < startTime.hour ? shift(piece.endTime) : piece.endTime;
  return { startTime, endTime, halfOfDay: 'written' };
}

function isBareHourAfterMeetingWord(scan: string, result: ParsingResult): boolean {
  AT_BARE_HOUR.lastIndex = result.index;
  return AT_BARE_HOUR.test(scan);
}

/** 下午3点, 3pm, "3 in the afternoon", and a 24-hour reading (15:00, 0:30, a leading zero as in 09:00) say the half of the day. */
function halfOfDayWritten(result: ParsingResult, text: string, tags: Set<string>): boolean {
  const hour = result.start.get('hour') ?? 0;
  if (hour >= 13 || hour === 0) return true;
  if (tags.has('zh/time') ? tags.has('zh/half-of-day') : result.start.isCertain('meridiem')) return true;
  return (
    /(?<!\d)0\d\s{0,2}[:：.h]\s{0,2}\d{2}/.test(text) ||
    (tags.has('zh/time') ? PART_OF_DAY_WORD.test(text) : /\b(?:am|pm|a\.m|p\.m|noon|midnight)/i.test(text))
  );
}

/** chrono also reads durations ("for 30 minutes"), "now" and fractions ("1/3"): none is a time to meet. */
function isPointInTime(result: ParsingResult): boolean {
  const tags = result.tags();
  if (
    OWN_EN_TAGS.some((tag) => tags.has(tag)) ||
    tags.has('deadline') ||
    [...tags].some((tag) => tag.startsWith('period/'))
  )
    return true;
  if (tags.has('casualReference/now') || !POINT_IN_TIME.test(result.text)) return false;
  // 1.17-1.21, "the 1.21 cycle": versions. A dotted clock (9.30) needs "at", a meridiem or a zone.
  const afterDotted = result.text.slice(4);
  if (
    /^\d{1,2}\.\d{2}(?![\d.])/.test(result.text) &&
    !/\b(am|pm|a\.m\.|p\.m\.)/i.test(afterDotted) &&
    !/\b[A-Z]{2,4}\b/.test(afterDotted)
  )
    return false;
  if ((tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) && !DAY_WORD.test(result.text))
    return false;
  if (
    tags.has('parser/SlashDateFormatParser') &&
    !/\d{4}/.test(result.text) &&
    !result.start.isCertain('hour') &&
    !EN_WEEKDAY.test(result.text)
  )
    return false;
  return true;
}

function dayKind(result: ParsingResult, chinese: boolean): DayKind {
  const tags = result.tags();
  if (tags.has('deadline')) return 'relative';
  if (chinese) {
    if (tags.has('zh/date')) return 'absolute';
    if (tags.has('zh/relative-day') || tags.has('zh/relative-week')) return 'relative';
    return 'weekday';
  }
  if (tags.has('en/plural-weekday')) return 'weekday';
  if (tags.has('en/relative-day')) return 'relative';
  if (result.start.isCertain('month'))
    return EN_RELATIVE.test(result.text) && !EN_WRITTEN_DATE.test(result.text) ? 'relative' : 'absolute';
  if (EN_RELATIVE.test(result.text)) return 'relative';
  return result.start.isCertain('weekday') ? 'weekday' : 'relative';
}

/** A date written without a year means the next one on or after today, as a notice speaks of what is coming. */
function forwardYear(date: CalendarDate, today: CalendarDate): CalendarDate {
  const thisYear = { ...date, year: today.year };
  return compareDates(thisYear, today) >= 0 ? thisYear : { ...date, year: today.year + 1 };
}

/** "last Friday": the latest Friday before today. */
function lastWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, -((weekdayOf(today) - weekday + 7) % 7 || 7));
}
