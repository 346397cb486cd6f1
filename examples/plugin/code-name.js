// codename/code-name: a mail that goes outside the company names an internal code name ("Bluefin", 藍鰭計畫).
// A team rule, written with draftlint's own defineRule, loaded from a config's `plugins`.
import { defineRule } from 'draftlint';

const LATIN = /^[\p{Script=Latin}\p{N}\s-]+$/u;

export const codeName = defineRule({
  meta: {
    id: 'code-name',
    category: 'audience',
    severity: 'error',
    appliesTo: {
      kinds: 'any',
      languages: ['en', 'zh-Hant', 'zh-Hans'],
      parts: ['subject', 'heading', 'paragraph', 'list-item'],
    },
    needs: ['audience'],
    fixable: false,
    hasSuggestions: false,
    docs: {
      description: {
        en: 'Do not name an internal code name in a mail to people outside the company.',
        'zh-Hant': '寄給公司以外的人的郵件，不要提到內部代號。',
        'zh-Hans': '发给公司以外的人的邮件，不要提到内部代号。',
      },
      url: 'https://example.com/draftlint-plugin-codename#code-name',
      principle: 'know-your-readers',
    },
    options: {
      names: { type: 'string-array', default: [], description: 'The internal code names.' },
      internalDomains: { type: 'string-array', default: [], description: 'Mail domains inside the company.' },
    },
    messages: {
      'code-name': {
        en: '"{name}" is an internal code name, and this mail goes to {outsider}, outside the company.',
        'zh-Hant': '「{name}」是內部代號，而這封郵件會寄給公司以外的 {outsider}。',
        'zh-Hans': '“{name}”是内部代号，而这封邮件会发给公司以外的 {outsider}。',
      },
    },
  },

  check(context) {
    const { names, internalDomains } = context.options;
    const internal = internalDomains.map((domain) => domain.toLowerCase());
    const outsider = context
      .audience()
      .recipients.find((r) => !internal.includes(r.address.split('@')[1]?.toLowerCase() ?? ''));
    if (!outsider || names.length === 0) return;
    for (const block of context.blocks) {
      for (const name of names) {
        const pattern = LATIN.test(name) ? new RegExp(`\\b${escape(name)}\\b`, 'giu') : new RegExp(escape(name), 'gu');
        for (const match of block.text.matchAll(pattern)) {
          const data = { name: match[0], outsider: outsider.address };
          context.report({
            messageId: 'code-name',
            data,
            block: block.index,
            start: match.index,
            end: match.index + match[0].length,
          });
        }
      }
    }
  },
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
