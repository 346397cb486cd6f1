// request-confirmation: a meeting notice, or a message that asks its readers to do something, that asks for
// no acknowledgement (請回覆確認, 收到請回覆, "please confirm", "RSVP").
// Principle: two-way (溝通具有雙向性，一定要對方反饋以確認對方接受信息是否正確).
import { loadLexicon } from '../../src/analysis/lexicon/lexicon.js';
import { matchLexicon } from '../../src/analysis/lexicon/matcher.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
const CONFIRMATION_LINE = {
    en: 'Please reply to confirm you have received this.',
    'zh-Hant': '收到請回覆確認，謝謝。',
    'zh-Hans': '收到请回复确认，谢谢。',
};
export const requestConfirmation = defineRule({
    meta: {
        id: 'request-confirmation',
        category: 'completeness',
        severity: 'info',
        appliesTo: { kinds: 'any', genres: ['message', 'page'], languages: [...LANGUAGES], parts: BLOCK_PARTS.filter((part) => part !== 'quote') },
        needs: ['tokens'],
        fixable: false,
        hasSuggestions: true,
        docs: {
            description: {
                en: 'Require a meeting notice or a request to others to ask for a confirmation.',
                'zh-Hant': '會議通知或請對方做事的訊息，要請對方回覆確認。',
                'zh-Hans': '会议通知或请对方做事的消息，要请对方回复确认。',
            },
            url: 'docs/rules/request-confirmation.md',
            principle: 'two-way',
        },
        options: {},
        // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const { document, blocks } = context;
        const notice = document.kind === 'meeting-notice';
        // A documentation page addresses no one in particular; only a notice page is checked.
        if (!notice && document.genre !== 'message')
            return;
        if (!notice && !blocks.some((block) => has(context, block, 'requests')))
            return;
        if (blocks.some((block) => has(context, block, 'acknowledgements')))
            return;
        const body = blocks.filter((block) => block.part !== 'subject');
        const last = body.at(-1) ?? blocks[blocks.length - 1];
        const line = CONFIRMATION_LINE[document.language];
        const lastLine = last.text.replace(/\s+$/, '').lastIndexOf('\n') + 1;
        context.report({
            messageId: notice ? 'no-confirmation-notice' : 'no-confirmation',
            block: last.index,
            start: lastLine,
            end: last.text.replace(/\s+$/, '').length,
            suggestions: [{ messageId: 'add-confirmation', data: { line }, edits: [{ block: last.index, start: lastLine, end: lastLine, text: line, insertLine: 'after' }] }],
        });
    },
});
function has(context, block, group) {
    const language = block.language === 'en' ? 'en' : 'zh';
    const entries = loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url))[group];
    return matchLexicon(entries, block.text, language, language === 'zh' ? () => context.tokens(block) : undefined).length > 0;
}
