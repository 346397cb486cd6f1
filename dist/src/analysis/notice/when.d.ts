import type { Block } from '../../document/types.js';
import type { Evidence } from '../meeting/places.js';
import type { CalendarDate } from '../times/calendar.js';
import { type TimeExpression } from '../times/types.js';
import type { LabelledValue } from './labels.js';
export type WhenProblem = 'day-no-clock' | 'either-or' | 'unnamed-week' | 'no-weekday' | 'not-given';
export interface WhenJudgement {
    /** The day and clock that pin the start (one expression, or a day and a clock time close together). */
    found?: Evidence & {
        day: TimeExpression;
        clock: TimeExpression;
    };
    /** Why no start is pinned, with the text that shows it. */
    problem?: WhenProblem;
    text?: string;
    /** A day written without a clock time, for the suggested line. */
    date?: CalendarDate;
}
export declare function judgeWhen(blocks: Block[], times: TimeExpression[], labels: LabelledValue[]): WhenJudgement;
