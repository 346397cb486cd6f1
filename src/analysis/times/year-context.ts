import { isValidDate, type CalendarDate } from './calendar.js';
import type { TimeExpression } from './types.js';
import { yearFromWeekday } from './weekday-year.js';

const HALF_YEAR_DAYS = 183;

function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/**
 * A date written without a year takes its year from the last date before it that has one ("May 16th" under
 * "## May 12, 2022"), or from the document's own date (front matter, a year in the file name), the way a reader
 * of minutes or an old post reads it. A year-less date that heads a section (a log's "## October 12") becomes
 * the context itself, at the year nearest the one before, so a log read downwards walks back across New Year.
 * With no context at all the forward reading from the reference stands.
 */
export function applyYearContext(
  times: TimeExpression[],
  documentDate: CalendarDate | undefined,
  headingBlocks: Set<number> = new Set(),
): TimeExpression[] {
  let anchor = documentDate;
  let anchorIsDay = false;
  return times.map((time) => {
    if (time.date && time.yearWritten && time.dayKind === 'absolute') {
      anchor = time.date;
      anchorIsDay = true;
      return { ...time, yearSource: 'written' };
    }
    if (!time.date) return time;
    if (!anchor || time.yearWritten || time.dayKind !== 'absolute')
      return { ...time, yearSource: time.yearWritten ? 'written' : (time.yearSource ?? 'reference') };
    const inContext = anchorIsDay ? nearestYear(time.date, anchor) : sameYearOrNext(time.date, anchor);
    // A weekday written beside the date still picks among the years near the context.
    // A weekday written beside the date still picks among the years near a dated heading (a year alone is kept).
    const date =
      time.weekday && anchorIsDay
        ? (yearFromWeekday({ ...time, date: inContext }, anchor).date ?? inContext)
        : inContext;
    if (headingBlocks.has(time.block) && time.start <= 4) {
      anchor = date;
      anchorIsDay = true;
    }
    return isValidDate(date) ? { ...time, date, yearSource: 'context' } : { ...time, yearSource: 'reference' };
  });
}

function nearestYear(date: CalendarDate, anchor: CalendarDate): CalendarDate {
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ ...date, year }));
  return candidates.reduce((best, candidate) =>
    Math.abs(daysBetween(candidate, anchor)) < Math.abs(daysBetween(best, anchor)) ? candidate : best,
  );
}

function sameYearOrNext(date: CalendarDate, anchor: CalendarDate): CalendarDate {
  const same = { ...date, year: anchor.year };
  return daysBetween(same, anchor) < -HALF_YEAR_DAYS ? { ...same, year: anchor.year + 1 } : same;
}

/** The date a document gives itself: front matter `date:`, else a year in its path, else a year in its title. */
export function documentDate(
  frontMatter: Record<string, unknown> | undefined,
  filename: string | undefined,
  title?: string,
): CalendarDate | undefined {
  const value = frontMatter?.date;
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined;
  const match = text ? /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text) : undefined;
  if (match) return { year: +match[1], month: +match[2], day: +match[3] };
  const years = filename ? [...filename.matchAll(/(?:^|[^\d])((?:19|20)\d{2})(?=[^\d]|$)/g)] : [];
  const year = years.at(-1) ?? (title ? /(?:^|[^\d])((?:19|20)\d{2})(?=[^\d]|$)/.exec(title) : undefined);
  return year ? { year: +year[1], month: 1, day: 1 } : undefined;
}
