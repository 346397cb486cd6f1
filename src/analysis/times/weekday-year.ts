import { isValidDate, weekdayOf, type CalendarDate } from './calendar.js';

const YEAR_DAYS = 366;

interface Dated {
  date?: CalendarDate;
  yearWritten: boolean;
  dayKind?: string;
  weekday?: { value: number; text: string };
  yearSource?: 'written' | 'context' | 'reference' | 'weekday';
  reasons?: string[];
}

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/**
 * The year a written weekday gives a date written without one: 週日（11月29日） read on 2026-12-02 is 2026-11-29, a
 * Sunday, not 2027-11-29, a Monday. The year taken is the one, within a year of `around`, in which the two agree,
 * when that day is nearer `around` than the reading without the weekday: 12月16日（星期二）read in late November is
 * still the coming 16th with a wrong weekday, not a Tuesday eleven months ago. Otherwise the date stays as it was
 * (and weekday-mismatch has a real mismatch to report).
 */
export function yearFromWeekday<T extends Dated>(time: T, around: CalendarDate): T {
  const { date, weekday } = time;
  if (!date || !weekday || time.yearWritten || time.dayKind !== 'absolute' || weekdayOf(date) === weekday.value)
    return time;
  const agreeing = [around.year - 1, around.year, around.year + 1]
    .map((year) => ({ ...date, year }))
    .filter((candidate) => isValidDate(candidate) && weekdayOf(candidate) === weekday.value)
    .filter(
      (candidate) =>
        Math.abs(daysBetween(candidate, around)) <= Math.min(YEAR_DAYS, Math.abs(daysBetween(date, around)) - 1),
    )
    .sort((a, b) => Math.abs(daysBetween(a, around)) - Math.abs(daysBetween(b, around)));
  const chosen = agreeing[0];
  if (!chosen) return time;
  const reason = `year ${chosen.year}: the year in which ${chosen.month}/${chosen.day} falls on the written weekday ${weekday.text}`;
  return { ...time, date: chosen, yearSource: 'weekday', reasons: [...(time.reasons ?? []), reason] };
}
