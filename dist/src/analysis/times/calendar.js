export function referenceDate(reference) {
    const local = new Date(reference.instant.getTime() + reference.offsetMinutes * 60_000);
    return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date) {
    return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
export function addDays(date, days) {
    const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
export function isValidDate(date) {
    const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
    return d.getUTCFullYear() === date.year && d.getUTCMonth() === date.month - 1 && d.getUTCDate() === date.day;
}
export function compareDates(a, b) {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}
export function isoDate(date) {
    return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
/** 09:05 */
export function isoTime(time) {
    return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
/**
 * The day of `weekday` in a week counted from Monday, as Chinese and ISO weeks are:
 * `weekOffset` 0 is this week, 1 next week, -1 last week.
 */
export function weekdayInWeek(today, weekday, weekOffset) {
    const todayIndex = (weekdayOf(today) + 6) % 7;
    const targetIndex = (weekday + 6) % 7;
    return addDays(today, targetIndex - todayIndex + 7 * weekOffset);
}
/** The next day (today included) that falls on `weekday`. */
export function upcomingWeekday(today, weekday) {
    return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}
export function parseOffset(text) {
    const match = /([+-])(\d{2}):?(\d{2})\s*(?:\(.*\))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
}
