import { type Reference } from './calendar.js';
/** `--now`: an ISO 8601 date or date-time; without a zone it is read on this machine's clock. Undefined when malformed. */
export declare function parseNow(text: string): Reference | undefined;
/** The reference time: `--now`, else the email's Date header (with its offset), else the clock. */
export declare function resolveReference(now: Reference | undefined, dateHeader: string | undefined): Reference;
