import type { Parser } from 'chrono-node';
export declare function zhNumber(text: string): number;
/** 3 pm → 15, 12 am → 0, 15:00 p.m. → 15 (the meridiem repeats what the hour says); 15 am → no time. */
export declare function withMeridiem(hour: number, meridiem: string): number | undefined;
export declare function createZhParsers(): Parser[];
