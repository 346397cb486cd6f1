import { addDays, upcomingWeekday, weekdayInWeek } from './calendar.js';
import { enWeekday } from './weekdays.js';
import { zhNumber } from './zh-parsers.js';
import { contextToday } from './parsing-context.js';
/** The first and last day of the week, weekend or month `offset` units from today's. */
export function periodDays(today, unit, offset) {
    if (unit === 'month') {
        const first = new Date(Date.UTC(today.year, today.month - 1 + offset, 1));
        const last = new Date(Date.UTC(today.year, today.month + offset, 0));
        return { first: fromUtc(first), last: fromUtc(last) };
    }
    if (unit === 'weekend')
        return { first: weekdayInWeek(today, 6, offset), last: weekdayInWeek(today, 0, offset) };
    return { first: weekdayInWeek(today, 1, offset), last: weekdayInWeek(today, 0, offset) };
}
function fromUtc(date) {
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
function periodResult(context, match, unit, offset) {
    const { first, last } = periodDays(contextToday(context), unit, offset);
    const result = context.createParsingResult(match.index ?? 0, match[0], { ...first }, { ...last });
    return result.addTag(`period/${unit}`);
}
function deadlineResult(context, match, day) {
    return context.createParsingResult(match.index ?? 0, match[0], { ...day }).addTag('deadline');
}
const ZH_OFFSET = (prefix) => prefix.startsWith('下下') ? 2 : prefix.startsWith('下') ? 1 : prefix.startsWith('上') ? -1 : 0;
/** Simplified view: 下周, 本周末, 下个月, 这礼拜; 月底, 下个月底前. Not 下周期, 本周年, 这周围, 这礼拜堂. */
export const ZH_SPAN_PARSERS = [
    {
        pattern: () => /(下下|下个?|本|这个?|上个?)(周末|周|星期|礼拜|月)(?![一二三四五六日天\d零〇两十底初中末份度刊报会年期围边游转长堂])/,
        extract: (context, match) => periodResult(context, match, match[2] === '月' ? 'month' : match[2] === '周末' ? 'weekend' : 'week', ZH_OFFSET(match[1])),
    },
    {
        // 七月底, 7月底: the end of that month, the next one on or after today.
        pattern: () => /(?:(下个?|本|这个?)|(\d{1,2}|[一二三四五六七八九十]{1,3}))?月底(?:之?前|以前)?/,
        extract: (context, match) => {
            const today = contextToday(context);
            if (!match[2])
                return deadlineResult(context, match, periodDays(today, 'month', ZH_OFFSET(match[1] ?? '')).last);
            const month = zhNumber(match[2]);
            if (!(month >= 1 && month <= 12))
                return null;
            const ahead = (month - today.month + 12) % 12;
            return deadlineResult(context, match, periodDays(today, 'month', ahead).last);
        },
    },
];
export const EN_SPAN_PARSERS = [
    {
        pattern: () => /\b(next|this)\s{1,2}(week|weekend|month)\b(?!\s{0,2}(?:on|mon|tue|wed|thu|fri|sat|sun))/i,
        extract: (context, match) => periodResult(context, match, match[2].toLowerCase(), /next/i.test(match[1]) ? 1 : 0),
    },
    {
        // "by end of day", "EOD", "COB": today, or the weekday before it ("Friday COB"); "EOM", "end of the month": its
        // last day; "end of next week": its Friday.
        pattern: () => /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day\s{1,2})?(?:by\s{1,2}(?:the\s{1,2})?)?(?:(EOD|COB|EOM|EOW)|end\s{1,2}of\s{1,2}(?:the\s{1,2})?(?:(this|next)\s{1,2})?(day|week|month))\b/i,
        extract: (context, match) => {
            const today = contextToday(context);
            const [, weekday, abbreviation, which, period] = match;
            const unit = (abbreviation ?? period).toLowerCase();
            const offset = /next/i.test(which ?? '') ? 1 : 0;
            if (abbreviation && abbreviation === abbreviation.toLowerCase())
                return null;
            const day = unit === 'eod' || unit === 'cob' || unit === 'day';
            if (weekday && !day)
                return null;
            if (weekday)
                return deadlineResult(context, match, upcomingWeekday(today, enWeekday(weekday))).addTag('en/weekday-deadline');
            if (day)
                return deadlineResult(context, match, addDays(today, offset));
            if (unit === 'eom' || unit === 'month')
                return deadlineResult(context, match, periodDays(today, 'month', offset).last);
            return deadlineResult(context, match, weekdayInWeek(today, 5, offset));
        },
    },
];
