// Pieces of one time expression joined by small named rules, in the manner of chrono's MergingRefiner: each rule
// looks at two neighbouring pieces and the text between them, and returns the joined piece or nothing. Pure:
// no rule changes its arguments. The first rule that joins wins.
import type { Piece } from './pieces.js';
import { withHalf } from './pieces.js';

export interface MergeRule {
  name: string;
  merge(current: Piece, next: Piece, gap: string): Piece | undefined;
}

// A gap longer than this never joins two pieces; it also keeps the gap patterns below on short strings.
const MAX_GAP = 12;
const JOIN_GAP =
  /^[\s,，、]{0,4}(?:[（(]\s{0,2}|\s{0,2}[）)][\s,，、]{0,4}|\s{0,2}(?:at|on|@|from)\s{1,2})?[\s,，、]{0,4}$/i;
const RANGE_GAP = /^\s{0,2}(?:至|到|~|～|-|–|—|——|－|－－|to|until|till|through)\s{0,2}$/i;

/** 9:00 至 10:30, "1:00 PM - 2:30 PM": the second clock ends the first. */
export const clockRangeEnd: MergeRule = {
  name: 'clock + range end',
  merge(current, next, gap) {
    if (!RANGE_GAP.test(gap) || !current.startTime || !next.startTime || current.endTime || next.date) return undefined;
    let startTime = current.startTime;
    const endTime = { ...(next.endTime ?? next.startTime) };
    if (startTime.hour >= 12 && endTime.hour < startTime.hour && endTime.hour < 12) endTime.hour += 12;
    // 6:30~9:30PM: the meridiem written once covers both ends.
    else if (startTime.hour < 12 && endTime.hour >= 12 && startTime.hour + 12 <= endTime.hour)
      startTime = { ...startTime, hour: startTime.hour + 12 };
    return { ...current, startTime, endTime, end: next.end };
  },
};

/** 12月11日（周五）, "the day after tomorrow (Sunday) at 11am": a weekday beside a date annotates it. */
export const dateThenWeekday: MergeRule = {
  name: 'date + weekday',
  merge(current, next, gap) {
    if (
      !JOIN_GAP.test(gap) ||
      next.dayKind !== 'weekday' ||
      !next.weekday ||
      !current.date ||
      current.dayKind === 'weekday'
    )
      return undefined;
    if (current.weekday || (current.startTime && next.startTime)) return undefined;
    const joined: Piece = {
      ...current,
      weekday: next.weekday,
      recurring: current.recurring || next.recurring,
      annotationOnly: false,
      end: next.end,
    };
    if (!next.startTime) return joined;
    return { ...joined, startTime: next.startTime, endTime: next.endTime, halfOfDay: next.halfOfDay, partOfDay: false };
  },
};

/** 下週三（12月3日）, "Friday, December 11": the written date is the day, the weekday is checked against it. */
export const weekdayThenDate: MergeRule = {
  name: 'weekday + date',
  merge(current, next, gap) {
    if (!JOIN_GAP.test(gap)) return undefined;
    const weekdayFirst = current.weekdayOnly || (current.dayKind === 'relative' && current.weekday !== undefined);
    if (!weekdayFirst || !next.date || next.dayKind !== 'absolute' || next.weekday || current.startTime)
      return undefined;
    return { ...next, start: current.start, weekday: current.weekday, recurring: current.recurring || next.recurring };
  },
};

/** 明天 下午3点, 12月3日 14:00, 下午，3点, "this afternoon at 4:10": a day or a part of the day, then its clock. */
export const dayThenClock: MergeRule = {
  name: 'day + part of day + clock',
  merge(current, next, gap) {
    if (!JOIN_GAP.test(gap) || current.startTime || !(next.startTime || next.partOfDay) || next.date) return undefined;
    const clock = { startTime: next.startTime, endTime: next.endTime, halfOfDay: next.halfOfDay };
    // 傍晚，6点半: the part of the day before settles a clock that does not say its half.
    const settled =
      current.half && next.startTime && next.halfOfDay === 'unwritten' ? withHalf(next, current.half) : clock;
    return {
      ...current,
      ...settled,
      partOfDay: next.partOfDay && !next.startTime,
      half: next.startTime ? undefined : (next.half ?? current.half),
      end: next.end,
      weekday: current.weekday ?? next.weekday,
      recurring: current.recurring || next.recurring,
    };
  },
};

/** 3点 明天, "at 9:00 on December 3": a clock, then its day. */
export const clockThenDay: MergeRule = {
  name: 'clock + day',
  merge(current, next, gap) {
    if (!JOIN_GAP.test(gap) || !current.startTime || current.date || !next.date || next.startTime) return undefined;
    const joined: Piece = {
      ...current,
      date: next.date,
      dayKind: next.dayKind,
      yearWritten: next.yearWritten,
      weekday: current.weekday ?? next.weekday,
      weekdayOnly: false,
      recurring: current.recurring || next.recurring,
      end: next.end,
    };
    return next.half && current.halfOfDay === 'unwritten' ? { ...joined, ...withHalf(current, next.half) } : joined;
  },
};

/** "at 4 tomorrow afternoon", "4:10 this afternoon": a clock, then the part of the day that settles its half. */
export const clockThenPartOfDay: MergeRule = {
  name: 'clock + part of day',
  merge(current, next, gap) {
    if (!JOIN_GAP.test(gap) || !current.startTime || !next.partOfDay || next.startTime || !next.half) return undefined;
    if (current.date && next.date) return undefined;
    const settled = current.halfOfDay === 'unwritten' ? withHalf(current, next.half) : {};
    return {
      ...current,
      ...settled,
      date: current.date ?? next.date,
      dayKind: current.dayKind ?? next.dayKind,
      end: next.end,
    };
  },
};

export const MERGE_RULES: MergeRule[] = [
  clockRangeEnd,
  dateThenWeekday,
  weekdayThenDate,
  clockThenPartOfDay,
  dayThenClock,
  clockThenDay,
];

/** Joins neighbouring pieces, left to right, by the first rule that applies. */
export function mergePieces(pieces: Piece[], scan: string, rules: MergeRule[] = MERGE_RULES): Piece[] {
  const merged: Piece[] = [];
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    const current = merged.at(-1);
    const joined =
      current && current.end <= piece.start && piece.start - current.end <= MAX_GAP
        ? mergeOne(current, piece, scan.slice(current.end, piece.start), rules)
        : undefined;
    if (joined) merged[merged.length - 1] = joined;
    else merged.push({ ...piece });
  }
  return merged;
}

function mergeOne(current: Piece, next: Piece, gap: string, rules: MergeRule[]): Piece | undefined {
  for (const rule of rules) {
    const joined = rule.merge(current, next, gap);
    if (joined) return joined;
  }
  return undefined;
}
