// meeting-5w2h: a meeting notice must say when (a day and an exact start time) and where (a room, an address,
// or an online link or meeting ID), and should say who, what, why, how and how much. Each missing element is
// its own diagnostic, anchored where the line belongs, with a suggestion that inserts it prefilled.
// Principle: 5w2h (發一個會議通知缺了準時開始的時間點或地點不明確，造成開會不能準時，甚至有人跑錯會議室).
import { loadLexicon } from '../../src/analysis/lexicon/lexicon.js';
import { matchLexicon } from '../../src/analysis/lexicon/matcher.js';
import { findPlaces } from '../../src/analysis/meeting/places.js';
import { weekdayOf } from '../../src/analysis/times/calendar.js';
import { hasExactStart } from '../../src/analysis/times/types.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatDateWithWeekday } from '../../src/i18n/format.js';
import { messages } from './messages.js';
import { BLANK_DATE, TEMPLATES } from './templates.js';
const CUED = ['who', 'what', 'why', 'how', 'how-much'];
const GREETING = /^(各位|大家|諸位|诸位|親愛的|亲爱的|敬愛的|敬爱的|hi|hello|hey|dear|good (morning|afternoon|evening))\b|^.{0,24}[：:，,]$|^.{0,12}(好|您好|你們好|你们好)[！!，,。]?$/i;
export const meeting5w2h = defineRule({
    meta: {
        id: 'meeting-5w2h',
        category: 'completeness',
        severity: 'info',
        messageSeverity: { 'missing-when': 'error', 'missing-where': 'error', 'missing-who': 'warning', 'missing-what': 'warning' },
        appliesTo: { kinds: ['meeting-notice'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
        needs: ['times', 'tokens'],
        fixable: false,
        hasSuggestions: true,
        docs: {
            description: {
                en: 'Require a meeting notice to say when it starts and where, and who, what, why, how and how much.',
                'zh-Hant': '會議通知要寫明開始時間和地點，以及人員、主題、目的、方式與費用（5W2H）。',
                'zh-Hans': '会议通知要写明开始时间和地点，以及人员、主题、目的、方式与费用（5W2H）。',
            },
            url: 'docs/rules/meeting-5w2h.md',
            principle: '5w2h',
        },
        options: {},
        // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const { blocks } = context;
        const times = context.times();
        const anchor = anchorBlock(blocks);
        const report = (element, data, templateData = {}) => {
            const line = TEMPLATES[element][anchor.language].replace(/\{(\w+)\}/g, (_, key) => templateData[key] ?? '');
            const firstLine = anchor.text.split(/\r?\n/)[0];
            context.report({
                messageId: `missing-${element}`,
                data,
                block: anchor.index,
                start: 0,
                end: firstLine.length,
                suggestions: [{ messageId: 'add-line', data: { line }, edits: [{ block: anchor.index, start: 0, end: 0, text: line, insertLine: 'before' }] }],
            });
        };
        const none = { type: 'localized', value: { en: '', 'zh-Hant': '', 'zh-Hans': '' } };
        if (!hasWhen(times)) {
            const dated = times.find((time) => time.date);
            const date = dated?.date ? formatDateWithWeekday(dated.date, weekdayOf(dated.date), anchor.language) : BLANK_DATE[anchor.language];
            const detail = dated
                ? { type: 'localized', value: { en: `: "${dated.text}" has a day but no start time`, 'zh-Hant': `：「${dated.text}」只有日期，沒有幾點幾分`, 'zh-Hans': `：“${dated.text}”只有日期，没有几点几分` } }
                : none;
            report('when', { detail }, { date: date });
        }
        const places = findPlaces(blocks, times, (block) => context.tokens(block));
        if (places.physical.length === 0 && places.online.length === 0) {
            const vague = places.vague[0]?.text;
            const platform = [...places.platformOnly].sort((a, b) => b.text.length - a.text.length)[0]?.text;
            const named = platform && /^[A-Za-z]/.test(platform) ? ` ${platform} ` : platform;
            const detail = vague
                ? { type: 'localized', value: { en: `; "${vague}" is not a place a newcomer can find`, 'zh-Hant': `；「${vague}」不是新來的人找得到的地點`, 'zh-Hans': `；“${vague}”不是新来的人找得到的地点` } }
                : platform
                    ? { type: 'localized', value: { en: `; ${platform} is named, but with no link or meeting ID`, 'zh-Hant': `；只提到${named}，沒有連結或會議號`, 'zh-Hans': `；只提到${named}，没有链接或会议号` } }
                    : none;
            report('where', { detail });
        }
        for (const element of CUED) {
            if (!hasCue(context, element))
                report(element, {});
        }
    },
});
const NEAR_BLOCKS = 3;
/** A day with a start time, in one expression or in two lines close together ("Date: …" and "Time: 19:00"). */
function hasWhen(times) {
    if (times.some(hasExactStart))
        return true;
    const clocks = times.filter((time) => time.startTime && !time.date);
    return times.some((day) => day.date && clocks.some((clock) => Math.abs(clock.block - day.block) <= NEAR_BLOCKS));
}
function hasCue(context, element) {
    const { document, blocks } = context;
    if (element === 'who' && document.headers.to.length + document.headers.cc.length > 0)
        return true;
    if (element === 'what' && blocks.some((block) => block.part === 'subject' || block.part === 'heading'))
        return true;
    if (element === 'how-much' && context.times().some((time) => time.endTime))
        return true;
    return blocks.some((block) => {
        const language = block.language === 'en' ? 'en' : 'zh';
        const entries = lexicon(language)[element] ?? [];
        return matchLexicon(entries, block.text, language, language === 'zh' ? () => context.tokens(block) : undefined).length > 0;
    });
}
function lexicon(language) {
    return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}
/** Where the missing line belongs: the first body block after the subject, a greeting and a title. */
function anchorBlock(blocks) {
    let index = 0;
    while (index < blocks.length - 1) {
        const block = blocks[index];
        const text = block.text.trim();
        if (block.part === 'subject' || (index === 0 && block.part === 'heading') || GREETING.test(text))
            index++;
        else
            break;
    }
    return blocks[index];
}
