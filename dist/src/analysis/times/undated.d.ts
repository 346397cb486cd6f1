import type { Reference } from './calendar.js';
/**
 * A page (Markdown) read with nothing but the computer's clock for "today": the day it was written is unknown, so
 * its relative days (明天, "next Tuesday") and year-less dates cannot be put on a calendar or checked.
 */
export declare function isUndatedPage(document: {
    format: string;
    reference: Reference;
}): boolean;
