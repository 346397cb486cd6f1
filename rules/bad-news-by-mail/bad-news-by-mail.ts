// bad-news-by-mail: layoffs, pay cuts, closures, cancelled projects and the like announced to a group in a
// message. Each event weighs 1 or 2 (its lexicon entry's confidence): a layoff alone is bad news, a reorganisation
// or a rejection only beside another event; denied, asked-about and supposed events weigh nothing.
// Principle: bad-news-face-to-face (不好的消息也要及時發佈，避免猜測或謠傳滋長，並面對面坦誠處之，有問題可以當場解答).
import { groupToneReport, toneToGroup } from '../../src/analysis/tone/to-group.js';
import type { ToneMatch } from '../../src/analysis/tone/tone.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';

const BAD_NEWS_WEIGHT = 2;

/** The weight of the events named, each kind of event counted once: "postponed … postponed" is one event. */
function weight(matches: ToneMatch[]): number {
  const byEntry = new Map<string, number>();
  for (const m of matches) byEntry.set(m.entry, Math.max(byEntry.get(m.entry) ?? 0, m.weight));
  return [...byEntry.values()].reduce((a, b) => a + b, 0);
}

export const badNewsByMail = defineRule({
  meta: {
    id: 'bad-news-by-mail',
    category: 'audience',
    severity: 'warning',
    appliesTo: { kinds: 'any', genres: ['message'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['audience', 'tone'],
    fixable: false,
    hasSuggestions: false,
    docs: {
      description: {
        en: 'Disallow breaking bad news to a group by mail; tell people face to face first.',
        'zh-Hant': '不要用群發郵件宣布壞消息，先當面說明。',
        'zh-Hans': '不要用群发邮件宣布坏消息，先当面说明。',
      },
      url: 'docs/rules/bad-news-by-mail.md',
      principle: 'bad-news-face-to-face',
    },
    options: {
      extra: { type: 'string-array', default: [], description: 'More bad-news words, in any of the three languages.' },
      remove: { type: 'string-array', default: [], description: 'Bad-news words not to count.' },
    },
    // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
    pageTriggers: () => false,
    messages,
  },

  check(context) {
    const found = toneToGroup(context, ['bad-news'], context.options, false);
    if (found && weight(found.matches) >= BAD_NEWS_WEIGHT) context.report(groupToneReport(found, 'bad-news-to-group'));
  },
});
