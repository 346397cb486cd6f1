// The locale entry points, not chrono-node's index, which loads all of its sixteen languages.
import * as chronoEn from 'chrono-node/en';
import * as chronoZh from 'chrono-node/zh/hans';
import { simplify } from '../script/han.js';
import { referenceDate } from './calendar.js';
import { EN_PARSERS } from './en-parsers.js';
import { mergePieces } from './merge.js';
import { EN_SPAN_PARSERS, ZH_SPAN_PARSERS } from './spans.js';
import { toPiece } from './pieces.js';
import { yearFromWeekday } from './weekday-year.js';
import { createZhParsers } from './zh-parsers.js';
const TIMEZONE = /\b(UTC|GMT|CET|CEST|PST|PDT|PT|EST|EDT|ET|CST|CDT|MST|MDT|JST|KST|IST|BST|AEST|AEDT)\b(?:\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?)?|北京时间|台北时间|台湾时间|香港时间|東八區|东八区/;
// chrono's zone refiners match `^\s*,?\s*\(?([A-Z]{2,4})` on all the text after each result: quadratic on a long
// run of spaces. Each is given the result and a short window after it instead.
const ZONE_REFINER = /^ExtractTimezone(Abbr|Offset)Refiner$/;
const ZONE_WINDOW = 32;
function boundZoneRefiner(refiner) {
    if (!ZONE_REFINER.test(refiner.constructor.name))
        return refiner;
    return {
        refine: (context, results) => results.flatMap((result) => {
            const window = Object.create(context, {
                text: { value: context.text.slice(0, result.index + result.text.length + ZONE_WINDOW) },
            });
            return refiner.refine(window, [result]);
        }),
    };
}
// A bare "evening" has no component of its own, so chrono's merging refiners take it for a date when it comes first,
// and "the evening of Sunday, November 17th" lost its day. Before a date it is kept apart (the merge rules join it);
// after one ("Monday morning at 9") chrono's merging reads it right.
function partOfDayApart(refiner) {
    if (!/Merge/.test(refiner.constructor.name))
        return refiner;
    return {
        refine: (context, results) => {
            const sorted = [...results].sort((a, b) => a.index - b.index);
            const apart = sorted.filter((result, i) => result.tags().has('en/part-of-day') &&
                !result.start.isCertain('day') &&
                sorted[i + 1] &&
                !sorted[i + 1].start.isOnlyTime());
            const merged = refiner.refine(context, results.filter((result) => !apart.includes(result)));
            return [...merged, ...apart].sort((a, b) => a.index - b.index);
        },
    };
}
let zhChrono;
let enChrono;
function enParser() {
    if (!enChrono) {
        enChrono = chronoEn.casual.clone();
        // Its bare "night" and "morning" swallow the date beside them ("Talk Night 2025-09-18" lost its day).
        enChrono.parsers = enChrono.parsers.filter((parser) => parser.constructor.name !== 'ENCasualTimeParser');
        enChrono.parsers.push(...EN_PARSERS);
        enChrono.parsers.unshift(...EN_SPAN_PARSERS);
        enChrono.refiners = enChrono.refiners.map(boundZoneRefiner).map(partOfDayApart);
    }
    return enChrono;
}
function zhParser() {
    if (!zhChrono) {
        const configuration = chronoZh.createConfiguration();
        configuration.parsers = [...createZhParsers(), ...ZH_SPAN_PARSERS];
        // Date–weekday–time merging is done by the merge rules, where a written weekday is kept apart from its date; and
        // chrono's filter of "unlikely" results drops 10.20 as a decimal number, where these parsers ask for context.
        configuration.refiners = configuration.refiners
            .filter((refiner) => !/Merge|UnlikelyFormat/.test(refiner.constructor.name))
            .map(boundZoneRefiner);
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
// 1.2.3.4.5.6.7.8, 3-3-3-3-…: eight or more numbers joined by punctuation are a list, a table rule or an
// address, never a time; blanked (same length) so chrono's clock parser does not try each of them.
const NUMBER_RUN = /(?:\d{1,4}[-.:/]){8,}\d{0,4}/g;
export function extractBlockTimes(text, language, reference, block = 0, links = []) {
    const masked = maskLinks(text, links).replace(NUMBER_RUN, (run) => ' '.repeat(run.length));
    const chinese = language !== 'en';
    // "now" is never a time to meet, and chrono would join it to a weekday ("planned on Thursday now").
    const scan = chinese ? simplify(masked) : masked.replace(/\b(right )?now\b/gi, (word) => ' '.repeat(word.length));
    const today = referenceDate(reference);
    const parser = chinese ? zhParser() : enParser();
    const results = parser.parse(scan, { instant: reference.instant, timezone: reference.offsetMinutes }, { forwardDate: true });
    const pieces = results
        .map((result) => toPiece(result, scan, today, chinese))
        .filter((piece) => piece !== undefined);
    const expressions = mergePieces(pieces, scan)
        .map((piece) => finish(piece, scan, today))
        .filter((piece) => (piece.date || piece.startTime || piece.period) && !piece.annotationOnly);
    return expressions.map((piece) => {
        const { weekdayOnly, annotationOnly, half, ...rest } = piece;
        const weekday = piece.weekday && { ...piece.weekday, text: text.slice(piece.weekday.start, piece.weekday.end) };
        const timezone = piece.timezone && {
            ...piece.timezone,
            text: text.slice(piece.timezone.start, piece.timezone.end),
        };
        const start = piece.start + (text.slice(piece.start, piece.end).length - text.slice(piece.start, piece.end).trimStart().length);
        return { ...rest, start, weekday, timezone, block, text: text.slice(start, piece.end) };
    });
}
// A zone before the time, unless it closes an earlier time ("15:00 UTC 16:00 CET").
const ZONE_BEFORE = new RegExp(`(?<!\\d\\s{0,3})(?:${TIMEZONE.source})\\s{0,2}[:：]?\\s{0,2}$`);
const ZONE_AFTER = new RegExp(`^\\s{0,2}[（(]?\\s{0,2}(?:${TIMEZONE.source})`);
/** The zone inside the time's text, else right before it (`北京时间周四晚上9点`, "UTC 12:00"), else right after it (`23:00 北京时间`, "15:00 (UTC)"). */
function writtenZone(scan, start, end) {
    const inside = TIMEZONE.exec(scan.slice(start, end));
    if (inside) {
        // chrono ends "18:30 UTC+1" at UTC: the offset after it belongs to the zone.
        const offset = /^\s{0,2}[+-]\s{0,2}\d{1,2}(?::?\d{2})?(?!\d)/.exec(scan.slice(start + inside.index + inside[0].length, start + inside.index + inside[0].length + 12));
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
/** After joining: the closing bracket, the zone written with the clock, and the year the weekday settles. */
function finish(merged, scan, today) {
    const piece = { ...merged, end: closedEnd(merged, scan) };
    // Looked for once the pieces are joined: in 北京时间周四晚上9点 the zone stands before the weekday, not the clock.
    if (piece.startTime)
        piece.timezone = writtenZone(scan, piece.start, piece.end);
    return yearFromWeekday(piece, today);
}
function closedEnd(piece, scan) {
    const inside = scan.slice(piece.start, piece.end);
    const opened = (inside.match(/[（(]/g)?.length ?? 0) - (inside.match(/[）)]/g)?.length ?? 0);
    const close = /^\s{0,3}[）)]/.exec(scan.slice(piece.end, piece.end + 8));
    return opened > 0 && close ? piece.end + close[0].length : piece.end;
}
