import type { Block } from '../../document/types.js';
import type { ClockTime } from './calendar.js';
import type { TimeExpression } from './types.js';
export interface ClockDoubt {
    /** The clock digits whose hour is the start time's: 3點 in 明天3點, "3" in "at 3 tomorrow". */
    clock: {
        block: number;
        start: number;
        end: number;
        text: string;
    };
    morning: ClockTime;
    evening: ClockTime;
    /** The likelier half: the afternoon for 1–6 o'clock, the morning for 7–11. */
    likely: 'morning' | 'evening';
}
/** Whether the draft counts to 24 anywhere: then 9:30 is the morning and 21:30 the evening. */
export declare function countsTo24(times: TimeExpression[]): boolean;
/** The doubt about the half of the day of `time`'s start, or undefined when the draft settles it. */
export declare function clockDoubt(time: TimeExpression, times: TimeExpression[], blocks: Block[]): ClockDoubt | undefined;
