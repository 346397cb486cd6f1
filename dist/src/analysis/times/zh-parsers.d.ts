import type { Parser } from 'chrono-node';
import { type CalendarDate } from './calendar.js';
export declare function zhNumber(text: string): number;
export declare function createZhParsers(today: () => CalendarDate): Parser[];
