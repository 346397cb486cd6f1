import { countScripts } from '../analysis/script/han.js';
// An address starts where its run of name characters starts: tried from inside a long run ("1.1.1.…", "_a_a…")
// the pattern would rescan the rest of the run from every position.
const LINKS = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
// A Han character carries about as much as three Latin letters: "請用 Zoom 開會" is Chinese.
const LETTERS_PER_HAN = 3;
export function isChinese(counts) {
    return counts.han > 0 && counts.han * LETTERS_PER_HAN >= counts.latin;
}
function chineseScript(counts) {
    if (counts.traditional > counts.simplified)
        return 'zh-Hant';
    if (counts.simplified > counts.traditional)
        return 'zh-Hans';
    return undefined;
}
/** Language of each block, and of the whole draft; a Chinese block with no script-specific character takes the draft's script. */
export function detectLanguages(texts) {
    // A link or an address is no language: 「2022年08月10日 20:30：https://meeting.tencent.com/dm/…」 is Chinese.
    const perBlock = texts.map((text) => countScripts(text.replace(LINKS, ' ')));
    const total = perBlock.reduce((sum, c) => ({
        han: sum.han + c.han,
        latin: sum.latin + c.latin,
        traditional: sum.traditional + c.traditional,
        simplified: sum.simplified + c.simplified,
    }), { han: 0, latin: 0, traditional: 0, simplified: 0 });
    const documentScript = chineseScript(total) ?? 'zh-Hans';
    const document = isChinese(total) ? documentScript : 'en';
    const blocks = perBlock.map((counts) => (isChinese(counts) ? (chineseScript(counts) ?? documentScript) : 'en'));
    return { blocks, document };
}
