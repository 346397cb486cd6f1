import type { ParsingContext } from 'chrono-node';
import { referenceDate, type CalendarDate } from './calendar.js';

/** "Today" for a parser: the reference instant on the wall clock of its offset, as given to chrono's parse. */
export function contextToday(context: ParsingContext): CalendarDate {
  const { instant, timezoneOffset } = context.reference;
  return referenceDate({ instant, offsetMinutes: timezoneOffset ?? -instant.getTimezoneOffset(), source: 'option' });
}
