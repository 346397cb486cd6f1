import { addDays, upcomingWeekday } from './calendar.js';
import { contextToday } from './parsing-context.js';
import { enWeekday } from './weekdays.js';
import { withMeridiem } from './zh-parsers.js';
const MERIDIEM = '(a\\.m\\.?|p\\.m\\.?|am|pm)(?![a-z])';
// "Tuesdays at 09:00 PT", "BiThursday": chrono reads no plural or biweekly weekday, and recurring meetings are written that way.
const RECURRING_WEEKDAY = {
    pattern: () => /\b(?:(mon|tues|wednes|thurs|fri|satur|sun)days|bi-?(mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
    extract: (context, match) => {
        const weekday = enWeekday(match[1] ?? match[2]);
        const date = upcomingWeekday(contextToday(context), weekday);
        return context
            .createParsingResult(match.index ?? 0, match[0], { weekday, year: date.year, month: date.month, day: date.day })
            .addTag('en/plural-weekday');
    },
};
// "19h00", as French- and Danish-speaking writers put it in English notices.
const H_CLOCK = {
    pattern: () => /\b([01]?\d|2[0-3])h([0-5]\d)\b/i,
    extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: Number(match[2]) }),
};
// "4 p.m" (no last dot), "15:00 p.m." (the meridiem repeating a 24-hour clock): chrono reads neither.
const MERIDIEM_CLOCK = {
    pattern: () => new RegExp(`(?<![\\d:.])(\\d{1,2})(?::([0-5]\\d))?\\s{0,2}${MERIDIEM}`, 'i'),
    extract: (context, match) => {
        const hour = withMeridiem(Number(match[1]), match[3]);
        if (hour === undefined)
            return null;
        return context.createParsingResult(match.index ?? 0, match[0], {
            hour,
            minute: Number(match[2] ?? 0),
            meridiem: hour >= 12 ? 1 : 0,
        });
    },
};
// "2 to 4 p.m", "10:00~11:00 a.m", "11-1pm": the meridiem written once, after the end, covers both ends.
const CLOCK_RANGE = {
    pattern: () => new RegExp(`(?<![\\d:.])(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s{0,2}(?:-|–|—|~|～|to|until|till)\\s{0,2}(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s{0,2}${MERIDIEM}`, 'i'),
    extract: (context, match) => {
        const [, startHour, startMinute = '0', endHour, endMinute = '0', meridiem] = match;
        const end = withMeridiem(Number(endHour), meridiem);
        // 11 to 1 pm: the start is on the other side of noon.
        const sameHalf = Number(startHour) % 12 <= Number(endHour) % 12;
        const start = withMeridiem(Number(startHour), sameHalf ? meridiem : /p/i.test(meridiem) ? 'am' : 'pm');
        const startComponents = { hour: start, minute: Number(startMinute), meridiem: start >= 12 ? 1 : 0 };
        const endComponents = { hour: end, minute: Number(endMinute), meridiem: end >= 12 ? 1 : 0 };
        return context
            .createParsingResult(match.index ?? 0, match[0], startComponents, endComponents)
            .addTag('en/clock-range');
    },
};
// "day after tomorrow", "the day before yesterday": chrono reads only the last word.
const TWO_DAYS = {
    pattern: () => /\b(?:the\s{1,2})?day\s{1,2}(after\s{1,2}tomorrow|before\s{1,2}yesterday)\b/i,
    extract: (context, match) => {
        const date = addDays(contextToday(context), /after/i.test(match[1]) ? 2 : -2);
        return context
            .createParsingResult(match.index ?? 0, match[0], { year: date.year, month: date.month, day: date.day })
            .addTag('en/relative-day');
    },
};
// "this afternoon", "tomorrow morning", "afternoon": a part of the day, which settles the half of a clock beside it.
// chrono's own casual time parser is left out (its "night" swallowed the date beside it).
const PART_OF_DAY = {
    pattern: () => /\b(?:(this|today|tomorrow)\s{1,2})?(morning|afternoon|evening)\b/i,
    extract: (context, match) => {
        const result = context.createParsingResult(match.index ?? 0, match[0]).addTag('en/part-of-day');
        if (match[1]) {
            const date = addDays(contextToday(context), /tomorrow/i.test(match[1]) ? 1 : 0);
            result.start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
            result.addTag('en/relative-day');
        }
        return result;
    },
};
// "at noon", "12 noon", "midnight": clocks, read by chrono's casual time parser, which is left out (above).
const NOON = {
    pattern: () => /\b(?:12\s{0,2})?(noon|midday|midnight)\b/i,
    extract: (context, match) => {
        const midnight = /midnight/i.test(match[1]);
        return context
            .createParsingResult(match.index ?? 0, match[0], {
            hour: midnight ? 0 : 12,
            minute: 0,
            meridiem: midnight ? 0 : 1,
        })
            .addTag('en/noon');
    },
};
export const EN_PARSERS = [
    RECURRING_WEEKDAY,
    H_CLOCK,
    MERIDIEM_CLOCK,
    CLOCK_RANGE,
    TWO_DAYS,
    PART_OF_DAY,
    NOON,
];
