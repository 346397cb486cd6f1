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
const SENTENCE_CUES = { why: [PROSE_CUES.why], how: [PROSE_CUES.how], 'how-much': [PROSE_CUES.free, PROSE_CUES.ends] };
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
        ? [...places.physical.filter((p) => p.block === placeLabel.block.index && p.start < placeLabel.end && p.end > placeLabel.start), ...places.physical]
        : places.physical;
    const place = physical[0] ?? places.online[0];
    if (place)
        found.where = { ...place, source: 'places', confidence: 0.8 };
    const platform = [...places.platformOnly].sort((a, b) => b.text.length - a.text.length)[0];
    const where = { deferred: places.deferred[0], vague: places.vague[0], platform };
    // A meeting link or a livestream link says how to join as well as where.
    const joinLink = places.online.find((evidence) => blocks.find((block) => block.index === evidence.block)?.links.some((link) => link.start >= evidence.start && link.end <= evidence.end));
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
        const ranged = times.find((time) => time.endTime);
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
