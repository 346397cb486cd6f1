// time-conflict: two renderings of one moment that disagree — "Thursday 15:00 UTC (Thursday 09:00 PDT)",
// 北京时间周四晚上9点（UTC 12:00）, a weekday that does not move with the date line — and a daylight-saving zone
// named outside its season ("EDT" on 15 January). Offsets and seasons come from ICU (Intl).
// Principle: 5w2h-when (a notice must carry a start time the reader can trust).
import { addDays, isoTime, referenceDate, weekdayOf, } from '../../src/analysis/times/calendar.js';
import { isUndatedPage } from '../../src/analysis/times/undated.js';
import { daylightOutOfSeason, formatOffset, lookupZone, offsetsOf, standardName, } from '../../src/analysis/times/zones.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
// What may stand between two renderings of one time: a bracket, a slash, "or", 即.
const SAME_MOMENT_GAP = /^[\s,，;；/|=）)\]]*(?:[（([]|\bor\b|i\.e\.|即|也就是|相当于|相當於)?\s*$/i;
// A zone written with a clock time (15:00 utc, 3pm pt, utc+8, utc 12:00), or a Chinese zone name: on a page
// without one the rule cannot report, and the page need not be parsed.
const ZONE_WORD = /(?:\d[:.h]\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.|点|时))\s*[（(]?\s*(?:utc|gmt|et|pt|ct|mt|[ecmp][sd]t|cest?|bst|jst|kst|ist|aest|aedt)\b|\b(?:utc|gmt)\s*[+-]?\s*\d|北京时间|台北时间|台湾时间|香港时间|东八区/;
export const timeConflict = defineRule({
    meta: {
        id: 'time-conflict',
        category: 'time',
        severity: 'error',
        appliesTo: { kinds: 'any', languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
        needs: ['times'],
        fixable: false,
        hasSuggestions: false,
        docs: {
            description: {
                en: 'Require the renderings of one moment in several time zones to agree, and daylight-saving zones to be in season.',
                'zh-Hant': '同一時刻在不同時區的寫法必須一致，夏令時區也要在實施期間內。',
                'zh-Hans': '同一时刻在不同时区的写法必须一致，夏令时区也要在实施期间内。',
            },
            url: 'docs/rules/time-conflict.md',
            principle: '5w2h-when',
        },
        options: {},
        pageTriggers: (view) => ZONE_WORD.test(view),
        messages,
    },
    check(context) {
        const { document } = context;
        const zoned = context.times().filter((time) => time.startTime && time.timezone);
        const today = referenceDate(document.reference);
        // On a page with no date of its own, a year-less date's year is a guess: its season cannot be judged.
        const undated = isUndatedPage(document);
        let anchor;
        for (const [index, time] of zoned.entries()) {
            const language = document.blocks[time.block].language;
            const zone = lookupZone(time.timezone.text, language);
            if (!zone)
                continue;
            const start = time.startTime;
            if (time.date && !time.recurring && !(undated && time.yearSource !== 'written')) {
                const actual = daylightOutOfSeason(zone, time.date, start);
                if (actual !== undefined) {
                    context.report({
                        messageId: 'daylight-out-of-season',
                        data: {
                            zone: zone.written,
                            date: { type: 'date', value: time.date },
                            actual: standardName(zone) ?? formatOffset(actual),
                            offset: formatOffset(actual),
                        },
                        block: time.block,
                        start: time.timezone.start,
                        end: time.timezone.end,
                    });
                }
            }
            const next = zoned[index + 1];
            if (!next || next.block !== time.block || next.timezone.start === time.timezone.start) {
                anchor = undefined;
                continue;
            }
            const gap = document.blocks[time.block].text.slice(Math.max(time.end, time.timezone.end), Math.min(next.start, next.timezone.start));
            if (!SAME_MOMENT_GAP.test(gap)) {
                anchor = undefined;
                continue;
            }
            // The day of a chain (21:00 台北時間（13:00 UTC，08:00 EST）) is the first day written in it, before or after.
            anchor = [anchor, time, next].find((candidate) => candidate?.date);
            const nextZone = lookupZone(next.timezone.text, language);
            // A weekly meeting, a bare weekday or a page's guessed year: the season is unknown, either is allowed.
            const definite = anchor && !anchor.recurring && anchor.dayKind !== 'weekday' && !(undated && anchor.yearSource !== 'written');
            if (nextZone)
                compare(context, time, zone, next, nextZone, anchor?.date ?? today, Boolean(definite));
        }
    },
});
function compare(context, first, zone, second, secondZone, day, definite) {
    const season = definite ? day : undefined;
    const readings = clockReadings(first).flatMap((start) => offsetsOf(zone, season, start).flatMap((from) => offsetsOf(secondZone, season, start).map((to) => shift(day, start, to - from))));
    const written = second.startTime;
    const sameClock = readings.filter((reading) => clockReadings(second).some((time) => reading.time.hour === time.hour && reading.time.minute === time.minute));
    const firstText = context.document.blocks[first.block].text
        .slice(Math.min(first.start, first.timezone.start), Math.max(first.end, first.timezone.end))
        .replace(/^[（(\s]+|[）)\s]+$/g, '');
    const range = { block: second.block, start: second.start + (/^[（(]/.test(second.text) ? 1 : 0), end: second.end };
    if (sameClock.length === 0) {
        context.report({
            messageId: 'times-disagree',
            data: {
                first: firstText,
                expected: `${isoTime(readings[0].time)} ${secondZone.written}`,
                written: `${isoTime(written)} ${secondZone.written}`,
            },
            ...range,
        });
        return;
    }
    // The clock agrees; does the day? Only a first time with a day, and a second with a weekday, can say.
    if (!first.date || !second.weekday)
        return;
    const weekday = weekdayOf(sameClock[0].date);
    if (sameClock.some((reading) => weekdayOf(reading.date) === second.weekday.value))
        return;
    context.report({
        messageId: 'day-disagrees',
        data: {
            first: firstText,
            zone: secondZone.written,
            expected: { type: 'weekday', value: weekday },
            written: { type: 'weekday', value: second.weekday.value },
        },
        block: second.block,
        start: second.weekday.start,
        end: second.weekday.end,
    });
}
/** 3-3:30 EST: a time with no half of the day may be either. */
function clockReadings(time) {
    const start = time.startTime;
    return time.halfOfDay === 'unwritten' && start.hour >= 1 && start.hour <= 11
        ? [start, { ...start, hour: start.hour + 12 }]
        : [start];
}
function shift(date, time, minutes) {
    const total = time.hour * 60 + time.minute + minutes;
    const days = Math.floor(total / 1440);
    const rest = total - days * 1440;
    return { date: addDays(date, days), time: { hour: Math.floor(rest / 60), minute: rest % 60 } };
}
