import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
const GROUP_SIZE = 3;
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
export function analyseAudience(headers, blocks, tokensOf) {
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
    for (const r of recipients)
        if (isListAddress(r.address))
            evidence.push(`list address ${r.address}`);
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
    return { size: recipients.length, group: evidence.length > 0, recipients, evidence };
}
