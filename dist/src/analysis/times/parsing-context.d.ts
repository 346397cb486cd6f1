import type { ParsingContext } from 'chrono-node';
import { type CalendarDate } from './calendar.js';
/** "Today" for a parser: the reference instant on the wall clock of its offset, as given to chrono's parse. */
export declare function contextToday(context: ParsingContext): CalendarDate;
