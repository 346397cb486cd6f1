import { findPlaces } from '../analysis/meeting/places.js';
import { simplify } from '../analysis/script/han.js';
import { sentenceRange } from '../analysis/sentences.js';
import { repeatsInSentence } from '../analysis/times/recurrence.js';
import { LineIndex, toSourceOffset } from '../document/source-map.js';
import { LABELS, PROSE_CUES } from './labels.js';
import { chooseZone, isoWithOffset } from './zone.js';
const NO_VALUE = /^(remote|online|virtual|tbd|tba|tbc|n\/a|none|待定|待确认|未定|另行通知|线上|_+|\?+|\{\{[^}]*\}\}|\[[^\]]*\])$/i;
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
    const when = findWhen(document, times, options, span);
    const places = findPlaces(document.blocks, times, (block) => analyses.tokens(block));
    // A place given after 地点： / "Location:" comes before a room number met earlier in the text.
    const placeLabel = first('where');
    const physical = placeLabel ? [...places.physical.filter((p) => p.block === placeLabel.block.index && p.start < placeLabel.end && p.end > placeLabel.start), ...places.physical] : places.physical;
    const where = findWhere(document.blocks, physical, places.online, found);
    const subject = document.blocks.find((block) => block.part === 'subject');
    const heading = document.blocks.find((block) => block.part === 'heading');
    const what = asFound('what') ??
        (subject && found(subject, 0, subject.text.length, 0.8, 'subject')) ??
        (heading && found(heading, 0, heading.text.length, 0.7, 'heading')) ??
        firstSentence(document.blocks, found);
    const why = asFound('why') ?? sentenceWith(document.blocks, PROSE_CUES.why, found);
    const how = asFound('how') ?? sentenceWith(document.blocks, PROSE_CUES.how, found);
    const headers = document.headers;
    const organizer = asFound('organizer') ?? (headers.from ? { value: headers.from.name || headers.from.address, address: headers.from.address, confidence: 0.8, source: 'header' } : undefined);
    const attendees = [
        ...labelled.filter((value) => value.element === 'attendees').map((value) => found(value.block, value.start, value.end, 0.9, 'label')),
        ...[...headers.to, ...headers.cc].map((address) => ({ value: address.name || address.address, address: address.address, confidence: 0.9, source: 'header' })),
    ];
    const contact = asFound('contact');
    const minutes = when?.end ? (Date.parse(when.end) - Date.parse(when.start)) / 60_000 : undefined;
    const labelledDuration = asFound('duration');
    const duration = minutes !== undefined && minutes > 0
        ? { value: `${minutes} min`, minutes, confidence: 0.9, source: 'computed', span: when?.span }
        : labelledDuration && { ...labelledDuration, minutes: parseMinutes(labelledDuration.value) ?? 0 };
    const cost = asFound('cost') ?? sentenceWith(document.blocks, PROSE_CUES.free, found, 0.6) ?? (duration ? undefined : sentenceWith(document.blocks, PROSE_CUES.ends, found, 0.5));
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
    extraction.missing = [
        ['what', what],
        ['why', why],
        ['who', organizer ?? attendees[0] ?? contact],
        ['when', when],
        ['where', where.place ?? where.link ?? where.meetingId],
        ['how', how],
        ['how-much', duration ?? cost],
    ].flatMap(([name, value]) => (value ? [] : [name]));
    return extraction;
}
/** Lines "label：value" and "Label: value", in the order they appear. */
function labelledValues(blocks) {
    const values = [];
    for (const block of blocks) {
        const view = simplify(block.text);
        let offset = 0;
        for (const line of view.split('\n')) {
            // 「主題：…」, "**Topic**: …", and g0v's list lines with no colon: 「- 地點 Lightbox」.
            const listLine = block.part === 'list-item' || /^\s*[-*•]\s/.test(line);
            const match = /^\s*(?:[-*•]\s*)?\**([^:：\n]{1,16}?)\**\s*[:：]\s*\**\s*(\S.*?)\s*$/.exec(line) ?? (listLine ? /^\s*(?:[-*•]\s*)?(\p{Script=Han}{2,4})[ \t]+(\S.*?)\s*$/u.exec(line) : null);
            if (match) {
                const label = match[1].trim().toLowerCase();
                // With a colon, 北京站负责人 is a 负责人 and 分享主题 a 主题; without one, only the label itself.
                const colon = /[:：]/.test(match[0]);
                const element = Object.keys(LABELS).find((key) => LABELS[key].en.includes(label) || LABELS[key].zh.some((form) => label === form || (colon && label.endsWith(form))));
                const valueStart = offset + line.indexOf(match[2], line.indexOf(match[1]) + match[1].length);
                // "Host: Remote", 「地點：待定」: a label with no value yet.
                if (element && !NO_VALUE.test(match[2].replace(/[*_]/g, '').trim()))
                    values.push({ element, block, start: valueStart, end: valueStart + match[2].length });
            }
            offset += line.length + 1;
        }
    }
    return values;
}
function findWhen(document, times, options, span) {
    const repeats = (time) => repeatsInSentence(document.blocks[time.block].text, time.start, time.end);
    const clocks = times.filter((time) => time.startTime && !time.recurring && !(time.dayKind !== 'absolute' && repeats(time)));
    const absolute = times.filter((time) => time.date && time.dayKind === 'absolute');
    for (const clock of clocks) {
        // The written date wins: 2019/10/11（校历第五周周五）19:00, "Date: …" on one line and "Time: 19:00" on the next.
        const near = absolute.filter((day) => Math.abs(day.block - clock.block) <= 3 && (day.block < clock.block || (day.block === clock.block && day.start <= clock.start)));
        const day = clock.dayKind === 'absolute' ? clock : (near.at(-1) ?? absolute.find((candidate) => Math.abs(candidate.block - clock.block) <= 3) ?? (clock.date ? clock : undefined));
        if (!day?.date || !clock.startTime)
            continue;
        const confidence = day === clock ? 0.9 : day.dayKind === 'absolute' ? 0.7 : 0.6;
        const zone = chooseZone(clock, document, options.tz, day.date, clock.startTime);
        const end = clock.endTime && endOf(day.date, clock.startTime, clock.endTime);
        const first = day.block < clock.block || (day.block === clock.block && day.start < clock.start) ? day : clock;
        const last = first === day ? clock : day;
        const sameBlock = day.block === clock.block;
        return {
            value: day === clock ? clock.text : `${first.text} ${last.text}`,
            span: sameBlock ? span(document.blocks[first.block], first.start, last.end) : span(document.blocks[clock.block], clock.start, clock.end),
            confidence,
            source: 'times',
            start: isoWithOffset(day.date, clock.startTime, zone.minutes),
            end: end && isoWithOffset(end.date, end.time, zone.minutes),
            timezone: zone.choice,
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
/** Where nothing names the topic, the opening sentence of the notice usually does (本周的金枪鱼之夜，我们邀请了…). */
function firstSentence(blocks, found) {
    const block = blocks.find((candidate) => candidate.part === 'paragraph' && /\p{L}{4}/u.test(candidate.text) && !/[:：]\s*$/.test(candidate.text.trim()));
    if (!block)
        return undefined;
    const stop = /[。！？!?\n]|\.(?=\s|$)/.exec(block.text);
    return found(block, 0, stop ? stop.index + 1 : block.text.length, 0.4, 'sentence');
}
function parseMinutes(text) {
    const view = simplify(text);
    const hours = /(\d+(?:\.\d+)?)\s*(?:小时|个小时|h|hours?|hrs?)/i.exec(view);
    const minutes = /(\d+)\s*(?:分钟|分|min|mins|minutes?)/i.exec(view);
    if (!hours && !minutes)
        return undefined;
    return Math.round(Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0));
}
