import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
export function meetingLexicon(language) {
    return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}
function onlineHosts() {
    return loadLexicon(new URL('./online-hosts.yaml', import.meta.url))['online-hosts'].flatMap((entry) => entry.forms);
}
const LABELS = '地点|地點|场地|場地|会场|會場|地址|位置|会议室|會議室|where|venue|location|place|address|room';
// 「地點：三教 1301」, "Location: …", and at the start of a line without a colon: 「地點 Lightbox」.
const PLACE_LABEL = new RegExp(`(?:^|[\\s*•|-]|(?<=\\p{Script=Han}))(${LABELS})\\s*(?:[:：]|在|是|为|為|位于|位於)\\s*(\\S[^\\n]*)?|^(?:${LABELS})[ \\t]+(\\S[^\\n]*)`, 'gimu');
// A label whose value is still a blank: TBD, 待定, ____, a template slot such as {{location}} or [company name].
const BLANK_VALUE = /^(tbd|tba|tbc|to be (announced|confirmed|decided)|待定|待確認|待确认|未定|另行通知|_+|\?+|？+|\{\{[^}]*\}\}|\[[^\]]*\])$/i;
// "Location: Remote" says there is no room, not where to join.
const NO_PLACE_VALUE = /^(remote|online|virtual|線上|线上|網上|网上)$/i;
const ROOM_NUMBER = /\b(?:room|rm\.?|conference room|meeting room)\s*#?\s*[A-Z]?\d{1,4}[A-Z]?\b|\d{1,3}\s*(?:F\b|樓|楼|层|層)|[A-Z]?\d{2,4}\s*(?:室|教室|會議室|会议室|号房|號房)|\d+\s*(?:号|號)\s*(?:楼|樓)/gi;
const ID_DIGITS = /(?:\d[\d\s-]{6,}\d)/;
/** Where a meeting is held, from labels, room numbers, place words, meeting links and IDs. */
export function findPlaces(blocks, times, tokensOf) {
    const places = { physical: [], online: [], platformOnly: [], vague: [] };
    const hosts = onlineHosts();
    for (const block of blocks) {
        const language = block.language === 'en' ? 'en' : 'zh';
        const lexicon = meetingLexicon(language);
        const other = meetingLexicon(language === 'en' ? 'zh' : 'en');
        const blockTimes = times.filter((t) => t.block === block.index);
        const insideTime = (start, end) => blockTimes.some((t) => start < t.end && end > t.start);
        const evidence = (start, end) => ({ block: block.index, start, end, text: block.text.slice(start, end) });
        const vague = matchLexicon([...lexicon['vague-places'], ...other['vague-places']], block.text, language, language === 'zh' ? () => tokensOf(block) : undefined);
        for (const match of vague)
            places.vague.push(evidence(match.start, match.end));
        const isVague = (start, end) => vague.some((v) => v.start < end && v.end > start);
        for (const link of block.links) {
            if (hosts.some((host) => link.url.toLowerCase().includes(host)))
                places.online.push(evidence(link.start, link.end));
        }
        const platforms = [...lexicon['place-words'], ...other['place-words']].filter((entry) => entry.id === 'platform').flatMap((entry) => entry.forms.map((f) => f.toLowerCase()));
        for (const match of block.text.matchAll(PLACE_LABEL)) {
            const raw = match[2] ?? match[3];
            const value = raw?.trim() ?? '';
            const valueStart = match.index + match[0].length - (raw?.length ?? 0);
            // "**Location:**" with the address in the quote below it.
            const below = blocks[blocks.indexOf(block) + 1];
            const belowIsValue = below && (below.part === 'quote' || below.part === 'paragraph') && !/^[^:：\n]{1,30}[:：]/.test(below.text);
            if (value === '' && match.index + match[0].length >= block.text.trimEnd().length && belowIsValue) {
                places.physical.push({ block: below.index, start: 0, end: below.text.length, text: below.text });
                continue;
            }
            const bare = value.replace(/^(on|via|in|over|using|通过|通過|使用|用)\s*/i, '').replace(/[.。]$/, '').trim().toLowerCase();
            if (value.length < 2 || isVague(valueStart, valueStart + value.length) || BLANK_VALUE.test(bare))
                continue;
            const linked = block.links.some((link) => link.start >= valueStart);
            // "Where: on Zoom" names a platform, not a place anyone can join.
            if ((platforms.includes(bare) || NO_PLACE_VALUE.test(bare)) && !linked)
                places.platformOnly.push(evidence(valueStart, valueStart + value.length));
            else
                places.physical.push(evidence(valueStart, valueStart + (raw?.length ?? 0)));
        }
        for (const match of block.text.matchAll(ROOM_NUMBER)) {
            if (!insideTime(match.index, match.index + match[0].length))
                places.physical.push(evidence(match.index, match.index + match[0].length));
        }
        const tokens = language === 'zh' ? () => tokensOf(block) : undefined;
        const ids = matchLexicon([...lexicon['online-ids'], ...other['online-ids']], block.text, language, tokens);
        for (const id of ids) {
            if (ID_DIGITS.test(block.text.slice(id.end, id.end + 30)))
                places.online.push(evidence(id.start, id.end));
        }
        for (const match of matchLexicon(lexicon['place-words'], block.text, language, tokens)) {
            if (insideTime(match.start, match.end) || isVague(match.start, match.end))
                continue;
            if (match.entry.id === 'platform') {
                const nearby = block.text.slice(match.end, match.end + 40);
                if (ID_DIGITS.test(nearby))
                    places.online.push(evidence(match.start, match.end));
                else
                    places.platformOnly.push(evidence(match.start, match.end));
            }
            else if (language === 'en' || match.text.length >= 2 || /[\dA-Za-z一二三四五六七八九十]\s*$/.test(block.text.slice(0, match.start))) {
                // A one-character place word (室, 楼, 路) needs a name or number before it: 301室, 中山路.
                places.physical.push(evidence(match.start, match.end));
            }
        }
    }
    return places;
}
