// public-criticism: a named person criticised (馬虎, 敷衍, "dropped the ball", "careless") in a message to a group.
// Praise by name, criticism to one person, criticism of what happened without a name, a department or a thing
// blamed, blame denied, asked about or reported from others are all fine. Principle: praise-in-public (堂中揚善，閉門說過；不要當衆點名指責，可以說事不說人).
import { describeAudience, reachesGroup } from '../../src/analysis/audience/describe.js';
import { BLOCK_PARTS, LANGUAGES, type Block } from '../../src/document/types.js';
import { defineRule, type Edit } from '../../src/engine/rule.js';
import type { Person } from '../../src/analysis/people/people.js';
import { isWritersOwn } from '../../src/analysis/tone/tone.js';
import { writersBlocks } from '../../src/analysis/tone/to-group.js';
import { findNamedBlame } from '../../src/analysis/tone/named-blame.js';
import { messages } from './messages.js';

export const publicCriticism = defineRule({
  meta: {
    id: 'public-criticism',
    category: 'audience',
    severity: 'warning',
    appliesTo: { kinds: 'any', genres: ['message', 'page'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['audience', 'people', 'tone'],
    fixable: false,
    hasSuggestions: true,
    docs: {
      description: {
        en: 'Disallow criticising a named person in a message to a group; talk about what happened, and criticise in private.',
        'zh-Hant': '不要在群發訊息裡點名批評；說事不說人，批評私下談。',
        'zh-Hans': '不要在群发消息里点名批评；说事不说人，批评私下谈。',
      },
      url: 'docs/rules/public-criticism.md',
      principle: 'praise-in-public',
    },
    options: {
      extra: { type: 'string-array', default: [], description: 'More words of blame, in any of the three languages.' },
      remove: { type: 'string-array', default: [], description: 'Words of blame not to count.' },
    },
    // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
    pageTriggers: () => false,
    messages,
  },

  check(context) {
    const audience = context.audience();
    if (!reachesGroup(audience, context.document.genre)) return;
    const blocks = writersBlocks(context.blocks);
    const words = { extra: { blame: context.options.extra }, remove: context.options.remove };
    const tones = new Map(blocks.map((block) => [block.index, context.tone(block, words).filter(isWritersOwn)]));
    if (![...tones.values()].some((tone) => tone.some((m) => m.kind === 'blame'))) return;
    for (const { block, blame, person, inClause } of findNamedBlame(blocks, tones, context.people())) {
      const data = { name: person.name, term: blame.text, audience: describeAudience(audience) };
      // Named by a pronoun: the report stands on the blame, and there is no name to take out.
      const report = { messageId: 'criticised-in-public' as const, data, block: block.index };
      if (!inClause) context.report({ ...report, start: blame.start, end: blame.end });
      else {
        const suggestion = withoutName(block, person, blame.sentence.start, blame.sentence.end);
        context.report({ ...report, start: person.start, end: person.end, suggestions: [suggestion] });
      }
    }
  },
});

const PLURAL: Record<string, string> = { was: 'were', is: 'are', has: 'have', does: 'do' };

/** The sentence without the name: 王經理這次又馬虎了 → 這次又馬虎了; "Bob dropped the ball" → "We dropped the ball". */
function withoutName(block: Block, person: Person, sentenceStart: number, sentenceEnd: number) {
  const english = block.language === 'en';
  const atStart = block.text.slice(sentenceStart, person.start).trim() === '';
  let end = person.end;
  if (!english) while (/[，,、的：:\s]/.test(block.text[end] ?? '')) end++;
  // "Bob was careless" → "We were careless": the team owns what happened.
  const verb = english ? /^\s+(was|is|has|does)\b/i.exec(block.text.slice(end)) : null;
  if (verb) end += verb[0].length;
  const we = atStart ? 'We' : 'we';
  const replacement = english ? (verb ? `${we} ${PLURAL[verb[1].toLowerCase()]}` : we) : '';
  const edit: Edit = { block: block.index, start: person.start, end, text: replacement };
  const sentence = (
    block.text.slice(sentenceStart, person.start) +
    replacement +
    block.text.slice(end, sentenceEnd)
  ).trim();
  return { messageId: 'remove-name' as const, data: { sentence }, edits: [edit] };
}
