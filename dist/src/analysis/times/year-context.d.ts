import { type CalendarDate } from './calendar.js';
import type { TimeExpression } from './types.js';
/**
 * A date written without a year takes its year from the last date before it that has one ("May 16th" under
 * "## May 12, 2022"), or from the document's own date (front matter, a year in the file name), the way a reader
 * of minutes or an old post reads it. A year-less date that heads a section (a log's "## October 12") becomes
 * the context itself, at the year nearest the one before, so a log read downwards walks back across New Year.
 * With no context at all the forward reading from the reference stands.
 */
export declare function applyYearContext(times: TimeExpression[], documentDate: CalendarDate | undefined, headingBlocks?: Set<number>): TimeExpression[];
/** The date a document gives itself: front matter `date:`, else a year in its path, else a year in its title. */
export declare function documentDate(frontMatter: Record<string, unknown> | undefined, filename: string | undefined, title?: string): CalendarDate | undefined;
