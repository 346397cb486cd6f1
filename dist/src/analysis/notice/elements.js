import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
import { findPlaces } from '../meeting/places.js';
import { simplify } from '../script/han.js';
import { findLabelledValues, PROSE_CUES } from './labels.js';
import { judgeWhen } from './when.js';
export const NOTICE_ELEMENTS = ['when', 'where', 'who', 'what', 'why', 'how', 'how-much'];
const CUED = ['who', 'what', 'why', 'how', 'how-much'];
const LABELLED = {
    where: ['where'],
    who: ['organizer', 'attendees', 'contact'],
    what: ['what', 'agenda'],
    why: ['why'],
    how: ['how'],
    'how-much': ['cost', 'duration'],
};
const FRONT_MATTER_TIME = /^(?:date|time|when|start|starts|start_time|start-time|event_date|datetime)$/i;
const FRONT_MATTER_PLACE = /^(?:location|venue|where|place|address|meeting_link|zoom)$/i;
// A start with its clock time: `start: 2026-07-09 18:30`, `date: 2026-07-09T18:30:00+08:00`, `time: 7pm`.
const CLOCK = /\d{1,2}[:：]\d{2}|\b\d{1,2}\s*(?:am|pm)\b/i;
const NO_PLACE = /^(?:remote|online|virtual|tbd|tba|待定|线上|線上)?$/i;
/** When and where as an event page's front matter gives them; block -1 stands for the front matter. */
function fromFrontMatter(frontMatter) {
    const found = {};
    const text = (value) => value instanceof Date
        ? value.toISOString()
        : typeof value === 'string' || typeof value === 'number'
            ? String(value).trim()
            : '';
    for (const [key, value] of Object.entries(frontMatter ?? {})) {
        const written = text(value);
        const evidence = (confidence) => ({
            block: -1,
            start: 0,
            end: 0,
            text: written,
            source: 'front-matter',
            confidence,
        });
        if (!found.when && FRONT_MATTER_TIME.test(key) && CLOCK.test(written) && !/T00:00:00(?:\.000)?Z$/.test(written))
            found.when = evidence(0.8);
        if (!found.where && FRONT_MATTER_PLACE.test(key) && !NO_PLACE.test(written))
            found.where = evidence(0.7);
        // `title: CUFP` names the event; `end: 24 September 2013` bounds it.
        if (!found.what && /^(?:title|event|name)$/i.test(key) && written)
            found.what = evidence(0.7);
        if (!found['how-much'] && /^(?:end|ends|end_time|end-time|duration)$/i.test(key) && written)
            found['how-much'] = evidence(0.7);
    }
    return found;
}
// Not a date's own figures (2026-07-09) nor a clock range (19:00-21:00).
const DAY_SPAN = /(?<![\d/.:：-])\d{1,2}(?:st|nd|rd|th|日|号|號)?\s*(?:-|–|—|~|～|to|through|until|至|到)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*|\d{1,2}\s*月\s*)?\d{1,2}(?:st|nd|rd|th|日|号|號)?(?!\s*[:：.]\d)(?!\d)/i;
const SENTENCE_CUES = {
    why: [PROSE_CUES.why],
    how: [PROSE_CUES.how],
    'how-much': [PROSE_CUES.free, PROSE_CUES.ends],
};
export function findNoticeElements(input) {
    const { blocks, headers, times } = input;
    const labels = findLabelledValues(blocks);
    const found = {};
    const fromBlock = (block, start, end, source, confidence) => ({
        block: block.index,
        start,
        end,
        text: block.text.slice(start, end),
        source,
        confidence,
    });
    const when = judgeWhen(blocks, times, labels);
    if (when.found)
        found.when = { ...when.found, source: 'times', confidence: when.found.day === when.found.clock ? 0.9 : 0.7 };
    const places = findPlaces(blocks, times, input.tokensOf, input.vocabulary?.places);
    const placeLabel = labels.find((value) => value.element === 'where' && !value.blank && !value.header);
    const physical = placeLabel
        ? [
            ...places.physical.filter((p) => p.block === placeLabel.block.index && p.start < placeLabel.end && p.end > placeLabel.start),
            ...places.physical,
        ]
        : places.physical;
    const place = physical[0] ?? places.online[0];
    if (place)
        found.where = { ...place, source: 'places', confidence: 0.8 };
    const front = fromFrontMatter(input.frontMatter);
    if (!found.when && front.when)
        found.when = front.when;
    if (!found.where && front.where)
        found.where = front.where;
    const platform = [...places.platformOnly].sort((a, b) => b.text.length - a.text.length)[0];
    const where = { deferred: places.deferred[0], vague: places.vague[0], platform };
    // A meeting link or a livestream link says how to join as well as where.
    const joinLink = places.online.find((evidence) => blocks
        .find((block) => block.index === evidence.block)
        ?.links.some((link) => link.start >= evidence.start && link.end <= evidence.end));
    for (const element of CUED) {
        const label = labels.find((value) => LABELLED[element].includes(value.element) && !value.blank && !value.header);
        if (label) {
            found[element] = fromBlock(label.block, label.start, label.end, 'label', 0.9);
            continue;
        }
        const evidence = headerOrTitle(element, blocks, headers, times, fromBlock) ??
            cue(element, blocks, input.tokensOf, fromBlock) ??
            (element === 'how' && joinLink ? { ...joinLink, source: 'places', confidence: 0.6 } : undefined);
        if (evidence)
            found[element] = evidence;
    }
    for (const element of ['what', 'how-much'])
        if (!found[element] && front[element])
            found[element] = front[element];
    // A standing meeting's page (a SIG's "Meetings" section) is asked for its day, time and way in; its purpose is the page.
    const standingPage = input.profile.genre === 'page' && input.profile.meeting === 'standing';
    const asked = standingPage ? ['when', 'where'] : [...NOTICE_ELEMENTS];
    return { found, asked, missing: asked.filter((element) => !found[element]), when, where, places, labels };
}
function headerOrTitle(element, blocks, headers, times, fromBlock) {
    if (element === 'who' && headers.to.length + headers.cc.length > 0) {
        const first = [...headers.to, ...headers.cc][0];
        return { block: -1, start: 0, end: 0, text: first.name || first.address, source: 'header', confidence: 0.9 };
    }
    if (element === 'what') {
        const title = blocks.find((block) => block.part === 'subject') ?? blocks.find((block) => block.part === 'heading');
        if (title)
            return fromBlock(title, 0, title.text.length, title.part === 'subject' ? 'subject' : 'heading', title.part === 'subject' ? 0.8 : 0.7);
    }
    if (element === 'how-much') {
        // An end time, or a span of days: "December 10th to 13th", "Feb 15-16 2018", 「7月1日至3日」.
        const spansDays = (time) => {
            const text = blocks.find((block) => block.index === time.block)?.text.slice(time.start, time.end + 12) ?? '';
            return time.date !== undefined && DAY_SPAN.test(text);
        };
        const ranged = times.find((time) => time.endTime) ?? times.find(spansDays);
        if (ranged) {
            const block = blocks.find((candidate) => candidate.index === ranged.block);
            if (block)
                return { ...fromBlock(block, ranged.start, ranged.end, 'times', 0.9) };
        }
    }
    return undefined;
}
function cue(element, blocks, tokensOf, fromBlock) {
    for (const block of blocks) {
        const language = block.language === 'en' ? 'en' : 'zh';
        const entries = cueLexicon(language)[element] ?? [];
        const [match] = matchLexicon(entries, block.text, language, language === 'zh' ? () => tokensOf(block) : undefined);
        if (match)
            return fromBlock(block, match.start, match.end, 'cue', 0.6);
    }
    for (const pattern of SENTENCE_CUES[element] ?? []) {
        for (const block of blocks) {
            const match = pattern.exec(simplify(block.text));
            if (match)
                return fromBlock(block, match.index, match.index + match[0].length, 'sentence', 0.5);
        }
    }
    return undefined;
}
function cueLexicon(language) {
    return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}
