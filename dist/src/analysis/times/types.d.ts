import type { CalendarDate, ClockTime } from './calendar.js';
/** How the day of a time expression was written. */
export type DayKind = 'absolute' | 'relative' | 'weekday';
export interface WrittenWeekday {
    /** 0 = Sunday … 6 = Saturday. */
    value: number;
    start: number;
    end: number;
    text: string;
}
/** One time expression in one block: `2026年12月16日（星期三）上午9:00至10:30` is one, not three. */
export interface TimeExpression {
    block: number;
    /** Range in the block's text. */
    start: number;
    end: number;
    text: string;
    /** The calendar day, resolved against the reference time when written relatively. */
    date?: CalendarDate;
    dayKind?: DayKind;
    yearWritten: boolean;
    /**
     * Where the year of `date` comes from: written, the document's context (a dated heading, its path), the written
     * weekday (the year within a year of the reference in which the two agree), or the reference time.
     */
    yearSource?: 'written' | 'context' | 'reference' | 'weekday';
    /** Why the reading is what it is, where a choice was made: "year 2026: … falls on the written weekday 週日". */
    reasons?: string[];
    /** The weekday as written beside a date (`（周五）`, "Friday,"), kept apart from the date so the two can disagree. */
    weekday?: WrittenWeekday;
    startTime?: ClockTime;
    endTime?: ClockTime;
    /** `下午`, "in the morning": a part of the day, not a start time. */
    partOfDay: boolean;
    /** `每週二`, "every Tuesday", "Tuesdays". */
    recurring: boolean;
    /** Whether the start time says which half of the day it is in: 下午3點, 3pm, 15:00, 09:00, "in the morning". */
    halfOfDay?: 'written' | 'unwritten';
    /** A zone written with the time (ET, UTC, 北京时间), inside it, just before it or just after it. */
    timezone?: WrittenZone;
    /** 下周, 本月, 本周末, "next week": a stretch of days, not one day; such an expression has no `date`. */
    period?: Period;
    /** 本周五前, 月底, "by end of day", "EOM": `date` is the last day something may happen, not the day it happens. */
    deadline?: boolean;
}
export interface Period {
    unit: 'week' | 'weekend' | 'month';
    first: CalendarDate;
    last: CalendarDate;
}
/** A time zone as written, with its range in the block's text. */
export interface WrittenZone {
    text: string;
    start: number;
    end: number;
}
export declare function hasExactStart(time: TimeExpression): boolean;
