import type { Parser } from 'chrono-node';
import { type CalendarDate } from './calendar.js';
export type PeriodUnit = 'week' | 'weekend' | 'month';
/** The first and last day of the week, weekend or month `offset` units from today's. */
export declare function periodDays(today: CalendarDate, unit: PeriodUnit, offset: number): {
    first: CalendarDate;
    last: CalendarDate;
};
/** Simplified view: 下周, 本周末, 下个月, 这礼拜; 月底, 下个月底前. Not 下周期, 本周年, 这周围, 这礼拜堂. */
export declare const ZH_SPAN_PARSERS: Parser[];
export declare const EN_SPAN_PARSERS: Parser[];
