import { isNeverAName } from '../people/people.js';
/**
 * Each named person blamed once per sentence, in the writer's own tone words (already filtered to the writer's
 * own). Praise in the same sentence, or of the same person anywhere, means the person is not attacked.
 */
export function findNamedBlame(blocks, tones, people) {
    const praise = [...tones.values()].flat().filter((m) => m.kind === 'praise');
    const inSentence = (m) => (p) => p.block === m.block && p.start >= m.sentence.start && p.end <= m.sentence.end;
    const praised = new Set(praise.flatMap((m) => people.filter(inSentence(m)).map((p) => p.name)));
    // "Thanks Tood!": a capitalised word thanked is someone, though no list knows the name.
    for (const m of praise) {
        const sentence = blocks.find((b) => b.index === m.block)?.text.slice(m.sentence.start, m.sentence.end) ?? '';
        for (const word of sentence.match(/\b[A-Z][a-z]{1,14}\b/g) ?? [])
            if (!isNeverAName(word))
                praised.add(word);
    }
    const seen = new Set();
    const out = [];
    for (const block of blocks) {
        const tone = tones.get(block.index) ?? [];
        for (const blame of tone.filter((m) => m.kind === 'blame')) {
            const { start, end } = blame.sentence;
            // "thanks to Bob for catching the careless slip" is not an attack.
            if (tone.some((m) => m.kind === 'praise' && m.start >= start && m.end <= end))
                continue;
            // The person in the blame's own clause: in "the checklist was sloppy, so Karen rewrote it" Karen is not blamed.
            // A capitalised subject may be a product ("Docker is sloppy"), so it is blamed only through a pronoun.
            const clause = blame.clause;
            const inClause = people.find((p) => p.block === block.index &&
                p.start >= clause.start &&
                p.end <= clause.end &&
                p.source !== 'subject' &&
                !praised.has(p.name));
            const agent = inClause ?? nameBeforeBlame(block, blame, praised);
            const person = agent ?? antecedent(block, blame, people, praised);
            if (!person || seen.has(`${block.index}:${start}:${person.name}`))
                continue;
            seen.add(`${block.index}:${start}:${person.name}`);
            out.push({ block, blame, person, inClause: agent !== undefined });
        }
    }
    return out;
}
// "Tood broke the build again", "Cartag has always been rude": a capitalised word right before the blame, with at
// most a few adverbs between, is who did it, though no list knows the name.
const AGENT_BEFORE = /(?:^|[\s(>])([A-Z][a-z]{1,14})\s+(?:(?:has|had|just|again|always|never|also|completely|totally|really|once again)\s+)*$/;
function nameBeforeBlame(block, blame, praised) {
    if (block.language !== 'en')
        return undefined;
    const match = AGENT_BEFORE.exec(block.text.slice(blame.clause.start, blame.start));
    if (!match || isNeverAName(match[1]) || praised.has(match[1]))
        return undefined;
    // A word also written in lower case ("docker run …") is a thing, not a person.
    if (new RegExp(`\\b${match[1].toLowerCase()}\\b`).test(block.text))
        return undefined;
    const start = blame.clause.start + match.index + match[0].indexOf(match[1]);
    return { name: match[1], block: block.index, start, end: start + match[1].length, source: 'subject' };
}
// "They" may stand for one person ("who Cartag is, … they are too immature") only when the name is in the sentence.
const PRONOUN = { en: /\b(he|she|him|her|his)\b/i, zh: /[他她]/ };
const PLURAL_PRONOUN = { en: /\b(they|them|their)\b/i, zh: /[他她]们|[他她]們/ };
/** "He needs to be fired.", 他又搞砸了: the last person named before a pronoun in the blame's clause. */
function antecedent(block, blame, people, praised) {
    const language = block.language === 'en' ? 'en' : 'zh';
    const clause = block.text.slice(blame.clause.start, blame.clause.end);
    const earlier = (p) => p.block < block.index || (p.block === block.index && p.end <= blame.clause.start);
    const before = (p) => earlier(p) && !praised.has(p.name);
    if (PRONOUN[language].test(clause.replace(PLURAL_PRONOUN[language], '')))
        return people.filter(before).at(-1);
    if (PLURAL_PRONOUN[language].test(clause)) {
        const named = people.filter((p) => before(p) && p.block === block.index && p.start >= blame.sentence.start);
        return named.length === 1 ? named[0] : undefined;
    }
    return undefined;
}
