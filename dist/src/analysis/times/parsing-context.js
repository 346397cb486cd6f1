import { referenceDate } from './calendar.js';
/** "Today" for a parser: the reference instant on the wall clock of its offset, as given to chrono's parse. */
export function contextToday(context) {
    const { instant, timezoneOffset } = context.reference;
    return referenceDate({ instant, offsetMinutes: timezoneOffset ?? -instant.getTimezoneOffset(), source: 'option' });
}
