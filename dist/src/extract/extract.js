import { findNoticeElements } from '../analysis/notice/elements.js';
import { simplify } from '../analysis/script/han.js';
import { sentenceRange } from '../analysis/sentences.js';
import { clockDoubt } from '../analysis/times/clock-doubt.js';
import { repeatsInSentence } from '../analysis/times/recurrence.js';
import { LineIndex, toSourceOffset } from '../document/source-map.js';
import { findLabelledValues, PROSE_CUES } from '../analysis/notice/labels.js';
import { chooseZone, isoWithOffset } from './zone.js';
/** Below one half: a clock that does not say morning or afternoon is as likely one as the other. */
const UNSETTLED_CLOCK = 0.4;
const MEETING_ID = /(?:会议号|会议ID|会议 ID|meeting id|webinar id|conference id|(?:zoom|腾讯会议|teams|webex)(?:\s*(?:id|会议号|号))?)\s*[:：#]?\s*(\d[\d\s-]{6,}\d)/i;
export function extractNotice(document, analyses, options = {}) {
    const lines = new LineIndex(document.source);
    const span = (block, start, end) => {
        const from = lines.position(toSourceOffset(block, start));
        const to = lines.position(toSourceOffset(block, end, 'end'));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
    const found = (block, start, end, confidence, source) => ({
        value: block.text.slice(start, end).trim(),
        span: span(block, start, end),
        confidence,
        source,
    });
    const labelled = labelledValues(document.blocks);
    const first = (element) => labelled.find((value) => value.element === element);
    const asFound = (element, confidence = 0.9) => {
        const value = first(element);
        return value && found(value.block, value.start, value.end, confidence, 'label');
    };
    const times = analyses.times();
    const elements = findNoticeElements({
        blocks: document.blocks,
        headers: document.headers,
        profile: document.profile,
        frontMatter: document.frontMatter,
        times,
        tokensOf: (block) => analyses.tokens(block),
        vocabulary: document.vocabulary,
    });
    const when = elements.found.when ? findWhen(document, times, options, span) : undefined;
    const places = elements.places;
    // A place given after 地点： / "Location:" comes before a room number met earlier in the text.
    const placeLabel = first('where');
    const physical = placeLabel
        ? [
            ...places.physical.filter((p) => p.block === placeLabel.block.index && p.start < placeLabel.end && p.end > placeLabel.start),
            ...places.physical,
        ]
        : places.physical;
    const where = findWhere(document.blocks, physical, places.online, found);
    const subject = document.blocks.find((block) => block.part === 'subject');
    const heading = document.blocks.find((block) => block.part === 'heading');
    const fromElement = (element) => {
        const evidence = elements.found[element];
        if (!evidence || evidence.block < 0 || evidence.source === 'front-matter')
            return undefined;
        const block = document.blocks[evidence.block];
        if (evidence.source !== 'cue' && evidence.source !== 'sentence')
            return found(block, evidence.start, evidence.end, evidence.confidence, evidence.source);
        const sentence = sentenceRange(block.text, evidence.start);
        return found(block, sentence.start, sentence.end, evidence.confidence, 'sentence');
    };
    const what = elements.found.what &&
        (asFound('what') ??
            (subject && found(subject, 0, subject.text.length, 0.8, 'subject')) ??
            (heading && found(heading, 0, heading.text.length, 0.7, 'heading')) ??
            fromElement('what'));
    const why = elements.found.why && (asFound('why') ?? fromElement('why'));
    const how = elements.found.how && (asFound('how') ?? fromElement('how'));
    const headers = document.headers;
    const organizer = asFound('organizer') ??
        (headers.from
            ? {
                value: headers.from.name || headers.from.address,
                address: headers.from.address,
                confidence: 0.8,
                source: 'header',
            }
            : undefined);
    const attendees = [
        ...labelled
            .filter((value) => value.element === 'attendees')
            .map((value) => found(value.block, value.start, value.end, 0.9, 'label')),
        ...[...headers.to, ...headers.cc].map((address) => ({
            value: address.name || address.address,
            address: address.address,
            confidence: 0.9,
            source: 'header',
        })),
    ];
    const contact = asFound('contact');
    const minutes = when?.end ? (Date.parse(when.end) - Date.parse(when.start)) / 60_000 : undefined;
    const labelledDuration = asFound('duration');
    const duration = minutes !== undefined && minutes > 0
        ? { value: `${minutes} min`, minutes, confidence: 0.9, source: 'computed', span: when?.span }
        : labelledDuration && { ...labelledDuration, minutes: parseMinutes(labelledDuration.value) ?? 0 };
    const cost = asFound('cost') ??
        sentenceWith(document.blocks, PROSE_CUES.free, found, 0.6) ??
        (duration ? undefined : (sentenceWith(document.blocks, PROSE_CUES.ends, found, 0.5) ?? fromElement('how-much')));
    const extraction = {
        kind: document.kind,
        language: document.language,
        what,
        why,
        who: { organizer, attendees, contact },
        when,
        where,
        how,
        howMuch: { duration, cost },
        missing: [],
    };
    // The elements meeting-5w2h reports missing, from the same analysis.
    extraction.missing = [...elements.missing];
    return extraction;
}
/** Labelled lines with a value, in the order they appear. */
function labelledValues(blocks) {
    return findLabelledValues(blocks).filter((value) => !value.blank && !value.header);
}
function findWhen(document, times, options, span) {
    const repeats = (time) => repeatsInSentence(document.blocks[time.block].text, time.start, time.end);
    const clocks = times.filter((time) => time.startTime && !time.recurring && !(time.dayKind !== 'absolute' && repeats(time)));
    const absolute = times.filter((time) => time.date && time.dayKind === 'absolute');
    for (const clock of clocks) {
        // The written date wins: 2019/10/11（校历第五周周五）19:00, "Date: …" on one line and "Time: 19:00" on the next.
        const near = absolute.filter((day) => Math.abs(day.block - clock.block) <= 3 &&
            (day.block < clock.block || (day.block === clock.block && day.start <= clock.start)));
        const day = clock.dayKind === 'absolute'
            ? clock
            : (near.at(-1) ??
                absolute.find((candidate) => Math.abs(candidate.block - clock.block) <= 3) ??
                (clock.date ? clock : undefined));
        if (!day?.date || !clock.startTime)
            continue;
        // 明天3点开会: a clock that does not say its half is given both ways, and is no better than a guess.
        const doubt = clockDoubt(clock, times, document.blocks);
        const confidence = doubt ? UNSETTLED_CLOCK : day === clock ? 0.9 : day.dayKind === 'absolute' ? 0.7 : 0.6;
        const zone = chooseZone(clock, document, options.tz, day.date, clock.startTime);
        const end = clock.endTime && endOf(day.date, clock.startTime, clock.endTime);
        const reading = (half) => {
            const start = half === 'am' ? doubt.morning : doubt.evening;
            const shifted = clock.endTime &&
                endOf(day.date, start, {
                    ...clock.endTime,
                    hour: clock.endTime.hour + (half === 'pm' && clock.endTime.hour < 12 ? 12 : 0),
                });
            return {
                half,
                start: isoWithOffset(day.date, start, zone.minutes),
                end: shifted && isoWithOffset(shifted.date, shifted.time, zone.minutes),
            };
        };
        const first = day.block < clock.block || (day.block === clock.block && day.start < clock.start) ? day : clock;
        const last = first === day ? clock : day;
        const sameBlock = day.block === clock.block;
        return {
            value: day === clock ? clock.text : `${first.text} ${last.text}`,
            span: sameBlock
                ? span(document.blocks[first.block], first.start, last.end)
                : span(document.blocks[clock.block], clock.start, clock.end),
            confidence,
            source: 'times',
            ...(doubt
                ? {
                    start: reading(doubt.likely === 'evening' ? 'pm' : 'am').start,
                    end: reading(doubt.likely === 'evening' ? 'pm' : 'am').end,
                }
                : {
                    start: isoWithOffset(day.date, clock.startTime, zone.minutes),
                    end: end && isoWithOffset(end.date, end.time, zone.minutes),
                }),
            timezone: zone.choice,
            ...(doubt && {
                clock: {
                    written: doubt.clock.text,
                    likely: doubt.likely === 'evening' ? 'pm' : 'am',
                    readings: [reading('am'), reading('pm')],
                },
            }),
        };
    }
    return undefined;
}
/** 22:00–01:00 ends the next day. */
function endOf(date, start, end) {
    const next = end.hour * 60 + end.minute <= start.hour * 60 + start.minute;
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day + (next ? 1 : 0)));
    return { date: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }, time: end };
}
function findWhere(blocks, physical, online, found) {
    const where = {};
    const place = physical[0];
    if (place)
        where.place = found(blocks[place.block], place.start, place.end, 0.8, 'places');
    for (const block of blocks) {
        const link = block.links.find((candidate) => online.some((evidence) => evidence.block === block.index && evidence.start <= candidate.start && evidence.end >= candidate.end));
        if (link && !where.link)
            where.link = { ...found(block, link.start, link.end, 0.9, 'places'), value: link.url };
        const id = MEETING_ID.exec(simplify(block.text));
        if (id && !where.meetingId) {
            const start = (id.index ?? 0) + id[0].length - id[1].length;
            where.meetingId = found(block, start, start + id[1].length, 0.9, 'places');
        }
    }
    return where;
}
function sentenceWith(blocks, cue, found, confidence = 0.6) {
    for (const block of blocks) {
        const match = cue.exec(simplify(block.text));
        if (!match)
            continue;
        const sentence = sentenceRange(block.text, match.index);
        return found(block, sentence.start, sentence.end, confidence, 'sentence');
    }
    return undefined;
}
function parseMinutes(text) {
    const view = simplify(text);
    const hours = /(\d+(?:\.\d+)?)\s*(?:小时|个小时|h|hours?|hrs?)/i.exec(view);
    const minutes = /(\d+)\s*(?:分钟|分|min|mins|minutes?)/i.exec(view);
    if (!hours && !minutes)
        return undefined;
    return Math.round(Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0));
}
