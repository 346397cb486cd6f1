import type { Language } from '../document/types.js';
import type { CalendarDate } from '../analysis/times/calendar.js';
import type { MessageData, MessageValue } from '../engine/rule.js';
export declare const EN_MONTHS: string[];
export declare function formatWeekday(weekday: number, locale: Language): string;
export declare function formatDate(date: CalendarDate, locale: Language): string;
/** A date with its weekday, as a notice writes it: 2026年12月16日（星期三）, "Wednesday, December 16, 2026". */
export declare function formatDateWithWeekday(date: CalendarDate, weekday: number, locale: Language): string;
export declare function formatValue(value: MessageValue, locale: Language): string;
export declare const PLACEHOLDER: RegExp;
/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export declare function renderMessage(template: string, data: MessageData | undefined, locale: Language): string;
