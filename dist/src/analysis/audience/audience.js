import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
import { simplify } from '../script/han.js';
import { isGivenName } from '../people/people.js';
const GROUP_SIZE = 3;
/** eng-all@ names the list at any domain; eng-all@example.com one address; #general a channel. */
function isTeamGroup(group, address) {
    const g = group.toLowerCase();
    const a = address.toLowerCase();
    return g.endsWith('@') ? a.startsWith(g) : g === a || g === `${a.split('@')[0]}@`;
}
function mentions(text, channel) {
    const at = text.toLowerCase().indexOf(channel.toLowerCase());
    return at !== -1 && !/[\w-]/.test(text[at + channel.length] ?? '');
}
function lexicon() {
    return loadLexicon(new URL('./lexicon.yaml', import.meta.url));
}
/** all@, all-staff@, dev-team@, eng-all@: a list reaches everyone on it. */
export function isListAddress(address) {
    const local = address.split('@')[0]?.toLowerCase() ?? '';
    if (!local || !address.includes('@'))
        return false;
    const lists = lexicon()['list-addresses'].flatMap((entry) => entry.forms);
    return lists.includes(local) || /(^|[-_.])(all|team|list|group|staff)$/.test(local) || /^(all|team)[-_.]/.test(local);
}
export function analyseAudience(headers, blocks, tokensOf, 
/** The team's group addresses and channels (its vocabulary): eng-all@, eng-all@example.com, #general. */
teamGroups = []) {
    const seen = new Set();
    const recipients = [...headers.to, ...headers.cc, ...headers.bcc].filter((r) => {
        const key = (r.address || r.name).toLowerCase();
        if (!key || seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const evidence = [];
    if (recipients.length >= GROUP_SIZE)
        evidence.push(`${recipients.length} recipients`);
    for (const r of recipients) {
        if (isListAddress(r.address) || teamGroups.some((g) => isTeamGroup(g, r.address)))
            evidence.push(`list address ${r.address}`);
    }
    // A channel the draft is posted to or addresses ("#general: …"): everyone in it reads.
    const channel = teamGroups.find((g) => g.startsWith('#') && blocks.some((block) => mentions(block.text, g)));
    if (channel)
        evidence.push(`channel ${channel}`);
    const groups = lexicon();
    for (const block of blocks) {
        const language = block.language === 'en' ? 'en' : 'zh';
        const entries = language === 'en' ? groups['group-cues-en'] : groups['group-cues-zh'];
        const cue = matchLexicon(entries, block.text, language, language === 'zh' ? () => tokensOf(block) : undefined)
            // "Team," and "all," greet only at the start of a block.
            .find((m) => !/[,，]$/.test(m.text) || block.text.slice(0, m.start).trim() === '');
        if (cue) {
            evidence.push(`"${cue.text}"`);
            break;
        }
    }
    const group = evidence.length > 0;
    const addressee = group ? 'group' : recipients.length > 0 || greetsOne(blocks) ? 'one' : 'unknown';
    return {
        size: recipients.length,
        group,
        addressee,
        greeted: greetsOne(blocks) || greetsGroup(blocks),
        recipients,
        evidence,
    };
}
// "Hi Bob," / "Dear Dr. Lee," / 王經理： / 小李，/ 你好 at the top of the text: one reader.
const EN_GREETING = /^(?:hi|hello|hey|dear)\s+(?:(?:mr|ms|mrs|dr|prof)\.?\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*[,:!—-]/i;
const EN_BARE_NAME = /^([A-Z][a-z]+)\s*,/;
const HANDLE_FIRST = /^@[\w-]+[\s,:，：]/;
const ZH_GREETING = /^(\p{Script=Han}{1,6})(您好|你好)?[：:，,]/u;
const GROUP_WORDS = /^(?:hi|hello|hey|dear)\s+(?:all|everyone|everybody|team|folks|friends|colleagues|users|members|community|guys|y'all|there)\b|大家|各位|诸位|諸位|全[体體]|同[仁事学學]|们|們/i;
function firstLine(blocks) {
    const first = blocks.find((block) => block.part !== 'subject' && block.part !== 'heading');
    return first?.text.trimStart().split('\n')[0] ?? '';
}
function greetsGroup(blocks) {
    const line = firstLine(blocks);
    return /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+\S|@(?:all|here|channel|everyone|team)\b|@所有人|@全[体體]|各位|大家好|諸位|诸位|全[体體]|親愛的|亲爱的|[\p{Script=Han}]{0,6}(?:同仁|同事|同学|同學|成員|成员|們|们)[好：:，,])/iu.test(line);
}
function greetsOne(blocks) {
    const first = blocks.find((block) => block.part !== 'subject' && block.part !== 'heading');
    if (!first)
        return false;
    const line = first.text.trimStart().split('\n')[0] ?? '';
    if (GROUP_WORDS.test(line.slice(0, 24)))
        return false;
    // "@zeuner …" opens a comment in a thread or a channel, which everyone in it reads: no private word.
    if (HANDLE_FIRST.test(line))
        return false;
    if (first.language === 'en') {
        const bare = EN_BARE_NAME.exec(line);
        return EN_GREETING.test(line) || (bare !== null && isGivenName(bare[1]));
    }
    if (/^(?:你好|您好)/.test(line))
        return true;
    const greeting = ZH_GREETING.exec(line);
    if (!greeting)
        return false;
    const name = simplify(greeting[1]);
    if (greeting[2])
        return true;
    const people = loadLexicon(new URL('../people/lexicon.yaml', import.meta.url));
    const titles = people.titles.flatMap((e) => e.forms.map(simplify));
    const surnames = people.surnames.flatMap((e) => e.forms.map(simplify));
    if (titles.some((t) => name.endsWith(t) && name.length > t.length))
        return true;
    return (/^[小老阿]\p{Script=Han}$/u.test(name) ||
        (name.length >= 2 && name.length <= 3 && surnames.some((s) => name.startsWith(s))));
}
