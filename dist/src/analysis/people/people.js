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
// @张伟, @小王: a chat mention, up to the next space or punctuation.
const HAN_HANDLE = /(?<![\w@])@(\p{Script=Han}{2,4})(?=[\s\p{P}]|$)/gu;
const GROUP_HANDLES = new Set('all here channel everyone team students 所有人 全体成员 全體成員 全员 全員 大家'.split(' '));
// @全体同事, @各位老师, @研发部门们: a group mentioned, not a person.
const HAN_GROUP = /^(?:全|所有|大家|各位|诸位)|(?:们|同事|同仁|成员|员工|部|组|群)$/;
// "Ralph," or "Hey King Heresy," on a line of its own, the way a reply opens.
const VOCATIVE = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*$/gm;
// "who Cartag is"; "Cartag is editing …", "Tood keeps breaking …" at the start of a sentence or a heading.
const WHO_IS = /\bwho\s+([A-Z][a-z]{1,14})\s+(?:is|was)\b/g;
const SUBJECT = /(?:^[#>*\s-]*|[.!?]\s+)([A-Z][a-z]{1,14})\s+(?:is|was|has|had|keeps|kept|needs|should|did|does|just|always|never|again)\b/gm;
// X哥, X姐 after a single character (强哥, 华姐); these are kinship or roles, not a name.
const NOT_FAMILIAR = new Set('大哥 大姐 表哥 表姐 帅哥 师哥 师姐 学哥 学姐 老哥 老姐 小哥 姐姐 哥哥 空姐 堂哥 堂姐'.split(' '));
const CAPITALISED = /\b[A-Z][a-z]{1,14}\b/g;
// Characters that end a name cut into single characters: 王强又…, 张伟的…, 李明说….
const NAME_STOPS = new Set([...'的了在是和也都又把被说就不没很还会要去来我你他她们这那个与及或将已再才从对向给让把等']);
const COMPOUND_NAME = /(欧阳|司马|上官|诸葛|司徒|东方|皇甫|慕容|夏侯|令狐)(\p{Script=Han}{1,2})/gu;
const CLAUSE_OPENERS = new Set([
    '这次',
    '这回',
    '上次',
    '那次',
    '结果',
    '但是',
    '可是',
    '而且',
    '因为',
    '所以',
    '其中',
    '尤其是',
]);
/** A token after which a name opens its clause: a time word (昨天, 上周) or 这次, 因为, 结果. */
function opensClause(token, view) {
    return token.tag === 't' || CLAUSE_OPENERS.has(view.slice(token.start, token.end));
}
// Closed-class and sentence-opening words a capitalised subject may be: never a name.
const NOT_NAMES_EN = new Set([
    ...'This That These Those It Its There Here What Which Who Whom Whose When Where Why How'.split(' '),
    ...'Everything Nothing Something Anything Everyone Everybody Nobody Someone Somebody Anyone Anybody'.split(' '),
    ...'One Each Every All Some Any No None Our Your Their His Her My The A An He She We They You I Me Us'.split(' '),
    ...'Them Him Yes Also However But And Or So Then Thanks Thank Sorry Please Hi Hello Hey Dear Regards'.split(' '),
    ...'Best Cheers Well Now Today Tomorrow Yesterday Again Just Never Always Sure Ok Okay Note Update Edit'.split(' '),
    ...'Fixed Team Folks Guys Friends Colleagues Users Members Community Sir Madam Gentlemen Ladies Sirs'.split(' '),
    'Maintainers',
]);
/** A capitalised word that is a pronoun, a determiner, a greeting or a sentence opener, never a name. */
export function isNeverAName(word) {
    return NOT_NAMES_EN.has(word);
}
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
        for (const match of [...block.text.matchAll(HANDLE), ...block.text.matchAll(HAN_HANDLE)]) {
            const handle = simplify(match[1]).toLowerCase();
            if (GROUP_HANDLES.has(handle) || HAN_GROUP.test(handle))
                continue;
            add(match.index, match.index + match[0].length, 'handle');
        }
        if (block.language === 'en') {
            const names = englishGivenNames();
            for (const match of block.text.matchAll(CAPITALISED))
                if (names.has(match[0]))
                    add(match.index, match.index + match[0].length, 'given-name');
            const named = (match, source) => {
                const at = match.index + match[0].indexOf(match[1]);
                if (!NOT_NAMES_EN.has(match[1].split(/\s+/)[0]))
                    add(at, at + match[1].length, source);
            };
            for (const match of block.text.matchAll(VOCATIVE))
                named(match, 'vocative');
            for (const match of block.text.matchAll(WHO_IS))
                named(match, 'subject');
            for (const match of block.text.matchAll(SUBJECT))
                named(match, 'subject');
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
            const single = (t) => t !== undefined &&
                t.end - t.start === 1 &&
                /\p{Script=Han}/u.test(view[t.start]) &&
                !NAME_STOPS.has(view[t.start]);
            if (!single(token) ||
                !surnames.includes(view[token.start]) ||
                !single(tokens[i + 1]) ||
                tokens[i + 1].start !== token.end)
                return;
            // At the head of a clause, or after a time word or 这次/上次 (昨天王小明又…, 这次李雷…).
            if (i > 0 && /\p{Script=Han}/u.test(view[token.start - 1] ?? '') && !opensClause(tokens[i - 1], view))
                return;
            const third = tokens[i + 2];
            const end = single(third) && third.start === tokens[i + 1].end && !single(tokens[i + 3]) ? third.end : tokens[i + 1].end;
            add(token.start, end, 'jieba');
        });
        // 欧阳娜娜, 司马光: a compound surname and one or two characters, where a clause or a time word opens.
        for (const match of view.matchAll(COMPOUND_NAME)) {
            const at = match.index;
            const afterHan = at > 0 && /\p{Script=Han}/u.test(view[at - 1]);
            const head = !afterHan || tokens.some((t) => t.end === at && opensClause(t, view));
            const given = [...match[2]].filter((c) => !NAME_STOPS.has(c)).join('');
            if (head && given === match[2])
                add(at, at + match[1].length + given.length, 'familiar');
        }
        // 老周, 小王, 阿陈: 老/小/阿 and a surname, before a function word or punctuation (not 小龙虾, 老黄历).
        for (const match of view.matchAll(/([小老阿])(\p{Script=Han})/gu)) {
            const next = view[match.index + 2] ?? '';
            const runsOn = /\p{Script=Han}/u.test(next) && !NAME_STOPS.has(next);
            if (!surnames.includes(match[2]) || notPeople.has(match[0]) || runsOn)
                continue;
            add(match.index, match.index + 2, 'familiar');
        }
        // 强哥, 华姐: one character and 哥 or 姐, as one token or two.
        for (const match of view.matchAll(/(\p{Script=Han})([哥姐])/gu)) {
            const word = match[0];
            const before = view[match.index - 1] ?? '';
            const midWord = /\p{Script=Han}/u.test(before) && !NAME_STOPS.has(before);
            if (NOT_FAMILIAR.has(word) || NAME_STOPS.has(match[1]) || notPeople.has(word) || midWord)
                continue;
            // 哥哥, 姐姐, 哥们: kin and pals.
            if (/[哥姐]{2}|[们們]/.test(view.slice(match.index + 1, match.index + 3)))
                continue;
            add(match.index, match.index + 2, 'familiar');
        }
        for (const token of tokens) {
            const word = view.slice(token.start, token.end);
            if (notPeople.has(word))
                continue;
            const title = titles.find((t) => word.endsWith(t) && word.length > t.length && surnames.some((s) => word.startsWith(s)));
            if (title)
                add(token.start, token.end, 'title');
            else if (token.tag === 'nr' &&
                word.length >= 2 &&
                word.length <= 4 &&
                (surnames.some((s) => word.startsWith(s)) || prefixes.some((p) => word.startsWith(p)))) {
                add(token.start, token.end, 'jieba');
            }
        }
    }
    return people.sort((a, b) => a.block - b.block || a.start - b.start);
}
