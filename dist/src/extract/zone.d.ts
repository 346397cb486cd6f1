import { type CalendarDate, type ClockTime } from '../analysis/times/calendar.js';
import type { TimeExpression } from '../analysis/times/types.js';
import type { Document } from '../document/document.js';
import type { ZoneChoice } from './types.js';
export declare function chooseZone(time: TimeExpression, document: Document, tz: string | undefined, date: CalendarDate, clock: ClockTime): {
    minutes: number;
    choice: ZoneChoice;
};
/** --tz: an IANA zone (Asia/Taipei), an offset (+08:00, UTC+8) or a name draftlint knows (PT, 北京时间). */
export declare function offsetOfOption(tz: string, date: CalendarDate, clock: ClockTime): number;
export declare function validateZoneOption(tz: string): void;
export declare function formatIsoOffset(minutes: number): string;
export declare function isoWithOffset(date: CalendarDate, time: ClockTime, minutes: number): string;
