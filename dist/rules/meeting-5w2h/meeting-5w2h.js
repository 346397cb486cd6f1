// meeting-5w2h: a meeting notice must say when (a day and an exact start time) and where (a room, an address,
// or an online link or meeting ID), and should say who, what, why, how and how much. Each missing element is
// its own diagnostic, anchored where the line belongs, with a suggestion that inserts it prefilled. The elements
// come from the NoticeElements analysis, which extract returns too.
// Principle: 5w2h (發一個會議通知缺了準時開始的時間點或地點不明確，造成開會不能準時，甚至有人跑錯會議室).
import { findNoticeElements } from '../../src/analysis/notice/elements.js';
import { weekdayOf } from '../../src/analysis/times/calendar.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatDateWithWeekday } from '../../src/i18n/format.js';
import { detailText, messages } from './messages.js';
import { BLANK_DATE, TEMPLATES } from './templates.js';
const GREETING = /^(各位|大家|諸位|诸位|親愛的|亲爱的|敬愛的|敬爱的|hi|hello|hey|dear|good (morning|afternoon|evening))\b|^.{0,24}[：:，,]$|^.{0,12}(好|您好|你們好|你们好)[！!，,。]?$/i;
export const meeting5w2h = defineRule({
    meta: {
        id: 'meeting-5w2h',
        category: 'completeness',
        severity: 'info',
        messageSeverity: {
            'missing-when': 'error',
            'missing-where': 'error',
            'where-deferred': 'warning',
            'missing-who': 'warning',
            'missing-what': 'warning',
        },
        appliesTo: { kinds: ['meeting-notice'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS], frontMatter: true },
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
        options: {
            acceptDeferredPlace: {
                type: 'boolean',
                default: false,
                description: 'Accept a place promised elsewhere ("link in the invite", 入会方式另行通知), for teams that send links only in invites.',
            },
        },
        // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const { blocks, document } = context;
        const elements = findNoticeElements({
            blocks,
            headers: document.headers,
            profile: document.profile,
            frontMatter: document.frontMatter,
            times: context.times(),
            tokensOf: (block) => context.tokens(block),
            vocabulary: document.vocabulary,
        });
        const anchor = anchorBlock(blocks);
        const report = (messageId, element, data, templateData = {}) => {
            // A notice that is only front matter (an event page's start, end and location): the report stands on it.
            if (!anchor)
                return context.report({ messageId, data, block: -1, start: 0, end: 0 });
            const line = TEMPLATES[element][anchor.language].replace(/\{(\w+)\}/g, (_, key) => templateData[key] ?? '');
            const firstLine = anchor.text.split(/\r?\n/)[0];
            context.report({
                messageId,
                data,
                block: anchor.index,
                start: 0,
                end: firstLine.length,
                suggestions: [
                    {
                        messageId: 'add-line',
                        data: { line },
                        edits: [{ block: anchor.index, start: 0, end: 0, text: line, insertLine: 'before' }],
                    },
                ],
            });
        };
        const language = anchor?.language ?? document.language;
        const localized = (id, text) => ({ type: 'localized', value: detailText(id, text) });
        const none = { type: 'localized', value: { en: '', 'zh-Hant': '', 'zh-Hans': '' } };
        for (const element of elements.missing) {
            if (element === 'when') {
                const { problem, text, date } = elements.when;
                const day = date ? formatDateWithWeekday(date, weekdayOf(date), language) : BLANK_DATE[language];
                report('missing-when', 'when', { detail: problem && text ? localized(problem, text) : none }, { date: day });
            }
            else if (element === 'where') {
                const { deferred, vague, platform } = elements.where;
                if (deferred) {
                    if (!context.options.acceptDeferredPlace)
                        report('where-deferred', 'where', { term: deferred.text });
                    continue;
                }
                const detail = vague ? localized('vague', vague.text) : platform ? localized('platform', platform.text) : none;
                report('missing-where', 'where', { detail });
            }
            else {
                report(`missing-${element}`, element, {});
            }
        }
    },
});
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
