import { readFileSync } from 'node:fs';
import { simplify } from '../script/han.js';
import { loadLexicon } from '../lexicon/lexicon.js';
let givenNames;
/** English given names (data/given-names.en.json), less the ones that are more often ordinary words. */
function englishGivenNames() {
    if (!givenNames) {
        const names = JSON.parse(readFileSync(new URL('./data/given-names.en.json', import.meta.url), 'utf8'));
        const excluded = new Set(lexicon()['not-people-en'].flatMap((entry) => entry.forms));
        givenNames = new Set(names.filter((name) => !excluded.has(name)));
    }
    return givenNames;
}
/** An English given name that is seldom an ordinary word: Bob, Karen, Dana. */
export function isGivenName(word) {
    return englishGivenNames().has(word);
}
function lexicon() {
    return loadLexicon(new URL('./lexicon.yaml', import.meta.url));
}
const HANDLE = /(?<![\w@])@([A-Za-z][\w-]{1,38})\b/g;
const GROUP_HANDLES = new Set(['all', 'here', 'channel', 'everyone', 'team', 'students']);
const CAPITALISED = /\b[A-Z][a-z]{1,14}\b/g;
// Characters that end a name cut into single characters: 王强又…, 张伟的…, 李明说….
const NAME_STOPS = new Set([...'的了在是和也都又把被说就不没很还会要去来我你他她们这那个与及或将已再才从对向给让把等']);
export function findPeople(blocks, recipients, tokensOf, 
/** The team's own names (its vocabulary): a person wherever they appear. */
colleagues = []) {
    const people = [];
    const words = lexicon();
    const surnames = words.surnames.flatMap((e) => e.forms.map(simplify));
    const prefixes = words['name-prefixes'].flatMap((e) => e.forms);
    const titles = words.titles.flatMap((e) => e.forms.map(simplify)).sort((a, b) => b.length - a.length);
    const notPeople = new Set(words['not-people-zh'].flatMap((e) => e.forms.map(simplify)));
    const recipientNames = recipients.flatMap((r) => r.name.split(/\s+/)).filter((n) => n.length >= 2);
    for (const block of blocks) {
        const add = (start, end, source) => {
            if (people.some((p) => p.block === block.index && p.start < end && p.end > start))
                return;
            people.push({ name: block.text.slice(start, end), block: block.index, start, end, source });
        };
        const named = (list, source) => {
            for (const name of list) {
                for (let at = block.text.indexOf(name); at !== -1; at = block.text.indexOf(name, at + 1)) {
                    const before = block.text[at - 1] ?? ' ';
                    const after = block.text[at + name.length] ?? ' ';
                    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after))
                        add(at, at + name.length, source);
                }
            }
        };
        // Longest first, so "Sam Lee" is one person, not "Sam".
        named([...colleagues].sort((a, b) => b.length - a.length), 'vocabulary');
        named(recipientNames, 'recipient');
        for (const match of block.text.matchAll(HANDLE)) {
            if (!GROUP_HANDLES.has(match[1].toLowerCase()))
                add(match.index, match.index + match[0].length, 'handle');
        }
        if (block.language === 'en') {
            const names = englishGivenNames();
            for (const match of block.text.matchAll(CAPITALISED))
                if (names.has(match[0]))
                    add(match.index, match.index + match[0].length, 'given-name');
            continue;
        }
        const view = simplify(block.text);
        const tokens = tokensOf(block);
        // 王 + 经理 as two tokens: a surname right before a title is a person; so is 小 + 明, 老 + 王.
        tokens.forEach((token, i) => {
            const next = tokens[i + 1];
            if (!next || next.start !== token.end)
                return;
            const word = view.slice(token.start, token.end);
            const following = view.slice(next.start, next.end);
            if (surnames.includes(word) && titles.includes(following))
                add(token.start, next.end, 'title');
            else if (prefixes.includes(word) && /^\p{Script=Han}$/u.test(following) && !notPeople.has(word + following))
                add(token.start, next.end, 'jieba');
        });
        // jieba cuts names it does not know into single characters (张/q 伟/zg, 王/nr 强/a): a surname opening a clause,
        // then one or two single-character tokens that are not function words, is a name (张伟上周…, 王强又迟到了).
        tokens.forEach((token, i) => {
            const single = (t) => t !== undefined && t.end - t.start === 1 && /\p{Script=Han}/u.test(view[t.start]) && !NAME_STOPS.has(view[t.start]);
            if (!single(token) || !surnames.includes(view[token.start]) || !single(tokens[i + 1]) || tokens[i + 1].start !== token.end)
                return;
            if (i > 0 && /\p{Script=Han}/u.test(view[token.start - 1] ?? ''))
                return;
            const third = tokens[i + 2];
            const end = single(third) && third.start === tokens[i + 1].end && !single(tokens[i + 3]) ? third.end : tokens[i + 1].end;
            add(token.start, end, 'jieba');
        });
        for (const token of tokens) {
            const word = view.slice(token.start, token.end);
            if (notPeople.has(word))
                continue;
            const title = titles.find((t) => word.endsWith(t) && word.length > t.length && surnames.some((s) => word.startsWith(s)));
            if (title)
                add(token.start, token.end, 'title');
            else if (token.tag === 'nr' && word.length >= 2 && word.length <= 4 && (surnames.some((s) => word.startsWith(s)) || prefixes.some((p) => word.startsWith(p)))) {
                add(token.start, token.end, 'jieba');
            }
        }
    }
    return people.sort((a, b) => a.block - b.block || a.start - b.start);
}
