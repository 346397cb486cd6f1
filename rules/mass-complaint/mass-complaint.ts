// mass-complaint: the writer's own complaint or blame (氣死我了, 太離譜, "I'm sick of", "what a mess", "so sloppy")
// in a message to a group — many recipients, a list address, 各位 / "Hi all", or a post that addresses no one.
// Complaints reported from others (有使用者反映…, "users told us …") and denied ones are not the writer's; a sentence
// that blames a named person ("Bob dropped the ball") is public-criticism's, and is not reported twice.
// Principle: no-mass-complaint (不要把自己的不解或牢騷在郵件上羣發，打擾很多人).
import { groupToneReport, namedBlameSentences, toneToGroup } from '../../src/analysis/tone/to-group.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';

export const massComplaint = defineRule({
  meta: {
    id: 'mass-complaint',
    category: 'audience',
    severity: 'warning',
    appliesTo: { kinds: 'any', genres: ['message', 'page'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['audience', 'people', 'tone'],
    fixable: false,
    hasSuggestions: false,
    docs: {
      description: {
        en: 'Disallow complaints sent to a group; raise them with the one person who can act.',
        'zh-Hant': '不要把牢騷群發給很多人，直接找能處理的人談。',
        'zh-Hans': '不要把牢骚群发给很多人，直接找能处理的人谈。',
      },
      url: 'docs/rules/mass-complaint.md',
      principle: 'no-mass-complaint',
    },
    options: {
      extra: { type: 'string-array', default: [], description: 'More complaint words, in any of the three languages.' },
      remove: { type: 'string-array', default: [], description: 'Complaint words not to count.' },
    },
    // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
    pageTriggers: () => false,
    messages,
  },

  check(context) {
    const found = toneToGroup(context, ['complaint', 'blame'], context.options, true);
    if (!found) return;
    // A sentence that names the person it blames is public criticism (its own rule), not also a complaint.
    const criticism = namedBlameSentences(context);
    const matches = found.matches.filter((m) => !criticism.has(`${m.block}:${m.sentence.start}`));
    if (matches.length) context.report(groupToneReport({ ...found, matches }, 'complaint-to-group'));
  },
});
