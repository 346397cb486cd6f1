export interface CalendarDate {
    year: number;
    month: number;
    day: number;
}
export interface ClockTime {
    hour: number;
    minute: number;
}
/** The reference instant and the UTC offset (minutes) whose wall clock "today" means. */
export interface Reference {
    instant: Date;
    offsetMinutes: number;
    source: 'option' | 'date-header' | 'clock';
}
export declare function referenceDate(reference: Reference): CalendarDate;
/** 0 = Sunday … 6 = Saturday. */
export declare function weekdayOf(date: CalendarDate): number;
export declare function addDays(date: CalendarDate, days: number): CalendarDate;
export declare function isValidDate(date: CalendarDate): boolean;
export declare function compareDates(a: CalendarDate, b: CalendarDate): number;
export declare function isoDate(date: CalendarDate): string;
/** 09:05 */
export declare function isoTime(time: ClockTime): string;
/**
 * The day of `weekday` in a week counted from Monday, as Chinese and ISO weeks are:
 * `weekOffset` 0 is this week, 1 next week, -1 last week.
 */
export declare function weekdayInWeek(today: CalendarDate, weekday: number, weekOffset: number): CalendarDate;
/** The next day (today included) that falls on `weekday`. */
export declare function upcomingWeekday(today: CalendarDate, weekday: number): CalendarDate;
export declare function parseOffset(text: string): number | undefined;
