// missing-attachment: the text says something is attached (附件, 隨信附上, "attached", "enclosed", "PFA") but the
// message carries no file. Runs on .eml drafts and on drafts whose front matter lists `attachments`.
// Principle: two-way (a message the reader cannot act on comes back as a second round of mail).
import { loadLexicon } from '../../src/analysis/lexicon/lexicon.js';
import { matchLexicon } from '../../src/analysis/lexicon/matcher.js';
import { LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
export const missingAttachment = defineRule({
    meta: {
        id: 'missing-attachment',
        category: 'completeness',
        severity: 'warning',
        // Quotes are earlier mails in a reply; their attachments went with them.
        appliesTo: {
            kinds: 'any',
            languages: [...LANGUAGES],
            parts: ['subject', 'heading', 'paragraph', 'list-item', 'table-cell'],
        },
        needs: ['tokens'],
        fixable: false,
        hasSuggestions: false,
        docs: {
            description: {
                en: 'Require a message that says something is attached to carry an attachment.',
                'zh-Hant': '內文說有附件，信裡就要真的附上檔案。',
                'zh-Hans': '正文说有附件，邮件里就要真的附上文件。',
            },
            url: 'docs/rules/missing-attachment.md',
            principle: 'two-way',
        },
        options: {},
        // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const attachments = context.document.attachments;
        if (attachments === undefined || attachments.length > 0)
            return;
        for (const block of context.blocks) {
            const language = block.language === 'en' ? 'en' : 'zh';
            const entries = loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url)).entries;
            const [match] = matchLexicon(entries, block.text, language, language === 'zh' ? () => context.tokens(block) : undefined);
            if (!match)
                continue;
            context.report({
                messageId: 'no-attachment',
                data: { term: match.text },
                block: block.index,
                start: match.start,
                end: match.end,
            });
            return;
        }
    },
});
