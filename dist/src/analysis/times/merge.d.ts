import type { Piece } from './pieces.js';
export interface MergeRule {
    name: string;
    merge(current: Piece, next: Piece, gap: string): Piece | undefined;
}
/** 9:00 至 10:30, "1:00 PM - 2:30 PM": the second clock ends the first. */
export declare const clockRangeEnd: MergeRule;
/** 12月11日（周五）, "the day after tomorrow (Sunday) at 11am": a weekday beside a date annotates it. */
export declare const dateThenWeekday: MergeRule;
/** 下週三（12月3日）, "Friday, December 11": the written date is the day, the weekday is checked against it. */
export declare const weekdayThenDate: MergeRule;
/** 明天 下午3点, 12月3日 14:00, 下午，3点, "this afternoon at 4:10": a day or a part of the day, then its clock. */
export declare const dayThenClock: MergeRule;
/** 3点 明天, "at 9:00 on December 3": a clock, then its day. */
export declare const clockThenDay: MergeRule;
/** "at 4 tomorrow afternoon", "4:10 this afternoon": a clock, then the part of the day that settles its half. */
export declare const clockThenPartOfDay: MergeRule;
export declare const MERGE_RULES: MergeRule[];
/** Joins neighbouring pieces, left to right, by the first rule that applies. */
export declare function mergePieces(pieces: Piece[], scan: string, rules?: MergeRule[]): Piece[];
