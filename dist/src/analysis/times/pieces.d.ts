import type { ParsingResult } from 'chrono-node';
import { type CalendarDate } from './calendar.js';
import type { TimeExpression } from './types.js';
export interface Piece extends Omit<TimeExpression, 'block' | 'text'> {
    /** A bare weekday that may turn out to annotate a neighbouring date. */
    weekdayOnly: boolean;
    /** `（三）`: a weekday only when it stands beside a date. */
    annotationOnly: boolean;
    /** The half of the day a part-of-day word names (下午, 傍晚, "afternoon"), for a clock beside it that does not say. */
    half?: 'am' | 'pm';
}
export declare function toPiece(result: ParsingResult, scan: string, today: CalendarDate, chinese: boolean): Piece | undefined;
/** The clock of a piece moved to the half of the day a word beside it names: 4:10 in the afternoon is 16:10. */
export declare function withHalf(piece: Pick<Piece, 'startTime' | 'endTime'>, half: 'am' | 'pm'): Pick<Piece, 'startTime' | 'endTime' | 'halfOfDay'>;
