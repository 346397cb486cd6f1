// The locale entry points, not chrono-node's index, which loads all of its sixteen languages.
import * as chronoEn from 'chrono-node/en';
import * as chronoZh from 'chrono-node/zh/hans';
import { simplify } from '../script/han.js';
import { referenceDate, isValidDate, compareDates, upcomingWeekday } from './calendar.js';
import { createZhParsers } from './zh-parsers.js';
const EN_WEEKDAY = /\b(sun|mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur)(day)?(s)?\b\.?/i;
const EN_WEEKDAY_VALUES = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, wednes: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, satur: 6 };
const ZH_WEEKDAY = /(?:周|星期|礼拜|拜)([一二三四五六日天])|(?<=[（(]\s*)([一二三四五六日天])(?=\s*[）)])/;
const ZH_WEEKDAY_VALUES = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_RELATIVE = /\b(today|tonight|tomorrow|yesterday|next|this|last|coming|day after|day before|in \d+|ago)\b/i;
const EN_WRITTEN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/-]\d/i;
const EN_RECURRING_BEFORE = /\b(every|each)\s+(other\s+)?$/i;
const ZH_RECURRING_BEFORE = /每(隔|个|两|雙|双)?\s*$/;
const TIMEZONE = /\b(UTC|GMT|CET|CEST|PST|PDT|PT|EST|EDT|ET|CST|CDT|MST|MDT|JST|KST|IST|BST|AEST|AEDT)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|北京时间|台北时间|台湾时间|香港时间|東八區|东八区/;
const JOIN_GAP = /^[\s,，、]*(?:[（(]\s*|\s*[）)][\s,，、]*|\s*(?:at|on|@|from)\s+)?[\s,，、]*$/i;
const RANGE_GAP = /^\s*(?:至|到|~|～|-|–|—|——|－|－－|to|until|till|through)\s*$/i;
let zhChrono;
let enChrono;
// "Tuesdays at 09:00 PT": chrono reads no plural weekday, and recurring meetings are written that way.
const PLURAL_WEEKDAY = {
    pattern: () => /\b(mon|tues|wednes|thurs|fri|satur|sun)days\b/i,
    extract: (context, match) => {
        const weekday = EN_WEEKDAY_VALUES[match[1].toLowerCase()];
        const today = referenceDate({ instant: context.reference.instant, offsetMinutes: context.reference.timezoneOffset ?? 0, source: 'option' });
        const date = upcomingWeekday(today, weekday);
        return context.createParsingResult(match.index ?? 0, match[0], { weekday, year: date.year, month: date.month, day: date.day }).addTag('en/plural-weekday');
    },
};
// "19h00", as French- and Danish-speaking writers put it in English notices.
const H_CLOCK = {
    pattern: () => /\b([01]?\d|2[0-3])h([0-5]\d)\b/i,
    extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: Number(match[2]) }),
};
// "Let's meet at 3.", "the call starts at 10 o'clock": chrono reads "at 3" anywhere ("rated at 3", "at 3 levels");
// after a word of meeting, and before no unit, it is a time.
const AT_BARE_HOUR = /(?<=\b(?:meet|meeting|call|calls|see you|start|starts|begin|begins|sync|standup|stand-up|join us|arrive|come|lunch|dinner)\b[^.!?\n]{0,30}?)at\s+(1[0-2]|[1-9])(?:\s*o'clock)?(?![\d:%]|\.\d|\s*(?:am\b|pm\b|a\.m|p\.m|percent|out\b|of\b|levels?\b|times\b|points?\b|people\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b))/iy;
function isBareHourAfterMeetingWord(scan, result) {
    AT_BARE_HOUR.lastIndex = result.index;
    return AT_BARE_HOUR.test(scan);
}
function enParser() {
    if (!enChrono) {
        enChrono = chronoEn.casual.clone();
        // Its bare "night" and "morning" swallow the date beside them ("Talk Night 2025-09-18" lost its day).
        enChrono.parsers = enChrono.parsers.filter((parser) => parser.constructor.name !== 'ENCasualTimeParser');
        enChrono.parsers.push(PLURAL_WEEKDAY, H_CLOCK);
    }
    return enChrono;
}
let zhToday = { year: 2000, month: 1, day: 1 };
function zhParser() {
    if (!zhChrono) {
        const configuration = chronoZh.createConfiguration();
        configuration.parsers = createZhParsers(() => zhToday);
        // Date–weekday–time merging is done below, where a written weekday is kept apart from its date; and
        // chrono's filter of "unlikely" results drops 10.20 as a decimal number, where these parsers ask for context.
        configuration.refiners = configuration.refiners.filter((refiner) => !/Merge|UnlikelyFormat/.test(refiner.constructor.name));
        zhChrono = new chronoZh.Chrono(configuration);
    }
    return zhChrono;
}
/** Blanks bare URLs, so meeting IDs and paths in links are not read as dates or times. */
function maskLinks(text, links) {
    let masked = text;
    for (const link of links) {
        if (text.slice(link.start, link.end) !== link.url && !/^(https?:|www\.)/i.test(text.slice(link.start, link.end)))
            continue;
        masked = masked.slice(0, link.start) + ' '.repeat(link.end - link.start) + masked.slice(link.end);
    }
    return masked;
}
export function extractBlockTimes(text, language, reference, block = 0, links = []) {
    const masked = maskLinks(text, links);
    const chinese = language !== 'en';
    // "now" is never a time to meet, and chrono would join it to a weekday ("planned on Thursday now").
    const scan = chinese ? simplify(masked) : masked.replace(/\b(right )?now\b/gi, (word) => ' '.repeat(word.length));
    const today = referenceDate(reference);
    let results;
    if (chinese) {
        zhToday = today;
        results = zhParser().parse(scan, { instant: reference.instant, timezone: reference.offsetMinutes }, { forwardDate: true });
    }
    else {
        results = enParser().parse(scan, { instant: reference.instant, timezone: reference.offsetMinutes }, { forwardDate: true });
    }
    const pieces = results.map((result) => toPiece(result, scan, today, chinese)).filter((piece) => piece !== undefined);
    return mergePieces(pieces, scan).map((piece) => {
        const { weekdayOnly, annotationOnly, ...rest } = piece;
        const weekday = piece.weekday && { ...piece.weekday, text: text.slice(piece.weekday.start, piece.weekday.end) };
        const timezone = piece.timezone && { ...piece.timezone, text: text.slice(piece.timezone.start, piece.timezone.end) };
        const start = piece.start + (text.slice(piece.start, piece.end).length - text.slice(piece.start, piece.end).trimStart().length);
        return { ...rest, start, weekday, timezone, block, text: text.slice(start, piece.end) };
    });
}
function toPiece(result, scan, today, chinese) {
    const start = result.start;
    const tags = result.tags();
    const text = result.text;
    const piece = {
        start: result.index,
        end: result.index + text.length,
        yearWritten: chinese ? /\d{4}|[零〇一二三四五六七八九]{4}\s*年/.test(text) : /\b\d{4}\b/.test(text),
        partOfDay: false,
        recurring: false,
        weekdayOnly: false,
        annotationOnly: tags.has('zh/weekday-annotation'),
    };
    const before = scan.slice(Math.max(0, piece.start - 12), piece.start);
    if (!chinese && !isPointInTime(result) && !isBareHourAfterMeetingWord(scan, result))
        return undefined;
    const zhMatch = chinese ? ZH_WEEKDAY.exec(text) : null;
    // An English weekday in Chinese text: 2022-07-29（Fri.）.
    const weekdayMatch = zhMatch ?? EN_WEEKDAY.exec(text);
    if (weekdayMatch) {
        const value = zhMatch ? ZH_WEEKDAY_VALUES[zhMatch[1] ?? zhMatch[2]] : EN_WEEKDAY_VALUES[weekdayMatch[1].toLowerCase()];
        const wStart = piece.start + weekdayMatch.index;
        piece.weekday = { value, start: wStart, end: wStart + weekdayMatch[0].replace(/\.$/, '').length, text: weekdayMatch[0].replace(/\.$/, '') };
        if (!zhMatch && weekdayMatch[3])
            piece.recurring = true;
    }
    if (tags.has('zh/recurring') || (chinese ? ZH_RECURRING_BEFORE.test(before) : EN_RECURRING_BEFORE.test(before)))
        piece.recurring = true;
    const hasDay = start.isCertain('day') || start.isCertain('weekday');
    if (hasDay) {
        const written = { year: start.get('year') ?? today.year, month: start.get('month') ?? today.month, day: start.get('day') ?? today.day };
        const date = start.isCertain('year') || !start.isCertain('month') ? written : forwardYear(written, today);
        if (isValidDate(date))
            piece.date = date;
        piece.dayKind = dayKind(result, chinese);
        piece.weekdayOnly = piece.dayKind === 'weekday' && !start.isCertain('hour');
    }
    if (start.isCertain('hour'))
        piece.startTime = { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 };
    else if (tags.has('zh/part-of-day') || /\b(morning|afternoon|evening|night|noon|midday)\b/i.test(text))
        piece.partOfDay = true;
    if (result.end?.isCertain('hour'))
        piece.endTime = { hour: result.end.get('hour') ?? 0, minute: result.end.get('minute') ?? 0 };
    if (piece.startTime)
        piece.halfOfDay = halfOfDayWritten(result, text, tags) ? 'written' : 'unwritten';
    if (!piece.date && !piece.startTime && !piece.partOfDay)
        return undefined;
    return piece;
}
// A zone before the time, unless it closes an earlier time ("15:00 UTC 16:00 CET").
const ZONE_BEFORE = new RegExp(`(?<!\\d\\s*)(?:${TIMEZONE.source})\\s*[:：]?\\s*$`);
const ZONE_AFTER = new RegExp(`^\\s*[（(]?\\s*(?:${TIMEZONE.source})`);
/** The zone inside the time's text, else right before it (`北京时间周四晚上9点`, "UTC 12:00"), else right after it (`23:00 北京时间`, "15:00 (UTC)"). */
function writtenZone(scan, start, end) {
    const inside = TIMEZONE.exec(scan.slice(start, end));
    if (inside) {
        // chrono ends "18:30 UTC+1" at UTC: the offset after it belongs to the zone.
        const offset = /^\s*[+-]\s*\d{1,2}(?::?\d{2})?(?!\d)/.exec(scan.slice(start + inside.index + inside[0].length));
        return zoneAt(start + inside.index, inside[0] + (offset && !/[+-]/.test(inside[0]) ? offset[0] : ''));
    }
    const before = ZONE_BEFORE.exec(scan.slice(Math.max(0, start - 24), start));
    if (before) {
        const zone = TIMEZONE.exec(before[0]);
        return zoneAt(Math.max(0, start - 24) + before.index + zone.index, zone[0]);
    }
    const after = ZONE_AFTER.exec(scan.slice(end, end + 24));
    if (after) {
        const zone = TIMEZONE.exec(after[0]);
        return zoneAt(end + zone.index, zone[0]);
    }
    return undefined;
}
function zoneAt(start, text) {
    return { text, start, end: start + text.length };
}
const PART_OF_DAY_WORD = /上午|下午|早上|早晨|清晨|中午|晚上|傍晚|凌晨|夜里|晚间|午后|今晚|明晚|今早|明早|\b(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|tonight|noon|midnight)\b/i;
/** 下午3点, 3pm, "3 in the afternoon", and a 24-hour reading (15:00, 0:30, a leading zero as in 09:00) say the half of the day. */
function halfOfDayWritten(result, text, tags) {
    const hour = result.start.get('hour') ?? 0;
    if (hour >= 13 || hour === 0)
        return true;
    if (tags.has('zh/time') ? tags.has('zh/half-of-day') : result.start.isCertain('meridiem'))
        return true;
    return /(?<!\d)0\d\s*[:：.h]\s*\d{2}/.test(text) || PART_OF_DAY_WORD.test(text);
}
const DAY_WORD = /\b(today|tonight|tomorrow|yesterday|noon|midnight|mon|tue|wed|thu|fri|sat|sun)/i;
const POINT_IN_TIME = /\d{1,2}[:.h]\d{2}|\d\s*(am|pm|a\.m\.|p\.m\.)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|tonight|tomorrow|yesterday|noon|midnight)\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}/i;
/** chrono also reads durations ("for 30 minutes"), "now" and fractions ("1/3"): none is a time to meet. */
function isPointInTime(result) {
    const tags = result.tags();
    if (tags.has('casualReference/now') || !POINT_IN_TIME.test(result.text))
        return false;
    // 1.17-1.21, "the 1.21 cycle": versions. A dotted clock (9.30) needs "at", a meridiem or a zone.
    const afterDotted = result.text.slice(4);
    if (/^\d{1,2}\.\d{2}(?![\d.])/.test(result.text) && !/\b(am|pm|a\.m\.|p\.m\.)/i.test(afterDotted) && !/\b[A-Z]{2,4}\b/.test(afterDotted))
        return false;
    if ((tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) && !DAY_WORD.test(result.text))
        return false;
    if (tags.has('parser/SlashDateFormatParser') && !/\d{4}/.test(result.text) && !result.start.isCertain('hour') && !EN_WEEKDAY.test(result.text))
        return false;
    return true;
}
function dayKind(result, chinese) {
    const tags = result.tags();
    if (chinese) {
        if (tags.has('zh/date'))
            return 'absolute';
        if (tags.has('zh/relative-day') || tags.has('zh/relative-week'))
            return 'relative';
        return 'weekday';
    }
    if (tags.has('en/plural-weekday'))
        return 'weekday';
    if (result.start.isCertain('month'))
        return EN_RELATIVE.test(result.text) && !EN_WRITTEN_DATE.test(result.text) ? 'relative' : 'absolute';
    if (EN_RELATIVE.test(result.text))
        return 'relative';
    return result.start.isCertain('weekday') ? 'weekday' : 'relative';
}
/** A date written without a year means the next one on or after today, as a notice speaks of what is coming. */
function forwardYear(date, today) {
    const thisYear = { ...date, year: today.year };
    return compareDates(thisYear, today) >= 0 ? thisYear : { ...date, year: today.year + 1 };
}
function mergePieces(pieces, scan) {
    const merged = [];
    for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
        const current = merged.at(-1);
        const gap = current ? scan.slice(current.end, piece.start) : '';
        if (current && current.end <= piece.start && tryMerge(current, piece, gap))
            continue;
        merged.push({ ...piece });
    }
    for (const piece of merged) {
        closeParenthesis(piece, scan);
        // Looked for once the pieces are joined: in 北京时间周四晚上9点 the zone stands before the weekday, not the clock.
        if (piece.startTime)
            piece.timezone = writtenZone(scan, piece.start, piece.end);
    }
    return merged.filter((piece) => (piece.date || piece.startTime) && !piece.annotationOnly);
}
function tryMerge(current, next, gap) {
    if (RANGE_GAP.test(gap) && current.startTime && next.startTime && !current.endTime && !next.date) {
        current.endTime = { ...(next.endTime ?? next.startTime) };
        if (current.startTime.hour >= 12 && current.endTime.hour < current.startTime.hour && current.endTime.hour < 12)
            current.endTime.hour += 12;
        // 6:30~9:30PM: the meridiem written once covers both ends.
        else if (current.startTime.hour < 12 && current.endTime.hour >= 12 && current.startTime.hour + 12 <= current.endTime.hour)
            current.startTime = { ...current.startTime, hour: current.startTime.hour + 12 };
        current.end = next.end;
        return true;
    }
    if (!JOIN_GAP.test(gap))
        return false;
    // A weekday next to a date annotates it: 12月11日（周五）, "the day after tomorrow (Sunday) at 11am".
    if (next.dayKind === 'weekday' && next.weekday && current.date && current.dayKind !== 'weekday' && !current.weekday && !(current.startTime && next.startTime)) {
        current.weekday = next.weekday;
        current.recurring ||= next.recurring;
        current.annotationOnly = false;
        if (next.startTime) {
            current.startTime = next.startTime;
            current.endTime = next.endTime;
            current.halfOfDay = next.halfOfDay;
            current.partOfDay = false;
        }
        current.end = next.end;
        return true;
    }
    // 下週三（12月3日）, "Friday, December 11": the written date is the day, the weekday is checked against it.
    const weekdayFirst = current.weekdayOnly || (current.dayKind === 'relative' && current.weekday !== undefined);
    if (weekdayFirst && next.date && next.dayKind === 'absolute' && !next.weekday && !current.startTime) {
        const weekday = current.weekday;
        Object.assign(current, { ...next, start: current.start, weekday, recurring: current.recurring || next.recurring });
        return true;
    }
    const nextIsTimeOnly = (next.startTime || next.partOfDay) && !next.date;
    if (nextIsTimeOnly && !current.startTime) {
        current.startTime = next.startTime;
        current.endTime = next.endTime;
        current.partOfDay = next.partOfDay && !next.startTime;
        current.halfOfDay = next.halfOfDay;
        current.end = next.end;
        if (next.weekday && !current.weekday)
            current.weekday = next.weekday;
        current.recurring ||= next.recurring;
        return true;
    }
    const currentIsTimeOnly = current.startTime && !current.date;
    if (currentIsTimeOnly && next.date && !next.startTime) {
        current.date = next.date;
        current.dayKind = next.dayKind;
        current.yearWritten = next.yearWritten;
        current.weekday ??= next.weekday;
        current.weekdayOnly = false;
        current.recurring ||= next.recurring;
        current.end = next.end;
        return true;
    }
    return false;
}
function closeParenthesis(piece, scan) {
    const inside = scan.slice(piece.start, piece.end);
    const opened = (inside.match(/[（(]/g)?.length ?? 0) - (inside.match(/[）)]/g)?.length ?? 0);
    if (opened > 0 && /^\s*[）)]/.test(scan.slice(piece.end)))
        piece.end = scan.indexOf(scan.slice(piece.end).trimStart()[0], piece.end) + 1;
}
