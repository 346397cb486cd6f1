import { parseOffset } from './calendar.js';
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `--now`: an ISO 8601 date or date-time; without a zone it is read on this machine's clock. Undefined when malformed. */
export function parseNow(text) {
    const match = ISO.exec(text.trim());
    if (!match)
        return undefined;
    const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
    const local = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
    if (Number.isNaN(local) || new Date(local).getUTCDate() !== +d)
        return undefined;
    if (zone) {
        const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : (parseOffset(zone) ?? 0);
        return { instant: new Date(local - offsetMinutes * 60_000), offsetMinutes, source: 'option' };
    }
    const instant = new Date(+y, +mo - 1, +d, +h, +mi, +s);
    return { instant, offsetMinutes: -instant.getTimezoneOffset(), source: 'option' };
}
/** The reference time: `--now`, else the email's Date header (with its offset), else the clock. */
export function resolveReference(now, dateHeader) {
    if (now)
        return now;
    if (dateHeader) {
        const instant = new Date(dateHeader);
        if (!Number.isNaN(instant.getTime())) {
            return { instant, offsetMinutes: parseOffset(dateHeader) ?? -instant.getTimezoneOffset(), source: 'date-header' };
        }
    }
    const instant = new Date();
    return { instant, offsetMinutes: -instant.getTimezoneOffset(), source: 'clock' };
}
