import { type CalendarDate } from './calendar.js';
interface Dated {
    date?: CalendarDate;
    yearWritten: boolean;
    dayKind?: string;
    weekday?: {
        value: number;
        text: string;
    };
    yearSource?: 'written' | 'context' | 'reference' | 'weekday';
    reasons?: string[];
}
/**
 * The year a written weekday gives a date written without one: 週日（11月29日） read on 2026-12-02 is 2026-11-29, a
 * Sunday, not 2027-11-29, a Monday. The year taken is the one, within a year of `around`, in which the two agree,
 * when that day is nearer `around` than the reading without the weekday: 12月16日（星期二）read in late November is
 * still the coming 16th with a wrong weekday, not a Tuesday eleven months ago. Otherwise the date stays as it was
 * (and weekday-mismatch has a real mismatch to report).
 */
export declare function yearFromWeekday<T extends Dated>(time: T, around: CalendarDate): T;
export {};
