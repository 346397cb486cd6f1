import { describeAudience, reachesGroup } from '../audience/describe.js';
import type { Audience } from '../audience/audience.js';
import type { Block } from '../../document/types.js';
import type { Report, RuleContext } from '../../engine/rule.js';
import { findNamedBlame } from './named-blame.js';
import { isWritersOwn, type ToneKind, type ToneMatch } from './tone.js';

/**
 * The writer's own blocks: quotes are earlier mails in a reply, unless the whole text is one quotation (a notice
 * pasted as "> Dear users, we are shutting down …"), which is then the message itself.
 */
export function writersBlocks(blocks: Block[]): Block[] {
  const body = blocks.filter((block) => block.part !== 'subject' && block.part !== 'heading');
  const own = blocks.filter((block) => block.part !== 'quote');
  return body.length > 0 && body.every((block) => block.part === 'quote') ? blocks : own;
}

/**
 * The words of some tones that the writer asserts (not negated, reported, asked about or supposed) in a draft
 * that reaches a group; undefined when the draft is private or says none.
 */
export function toneToGroup<Options, MessageId extends string>(
  context: RuleContext<Options, MessageId>,
  kinds: ToneKind[],
  options: { extra: string[]; remove: string[] },
  pagesToo: boolean,
): { matches: ToneMatch[]; audience: Audience } | undefined {
  const audience = context.audience();
  const reaches = pagesToo
    ? reachesGroup(audience, context.document.genre)
    : reachesGroup(audience, 'message') && context.document.genre === 'message';
  if (!reaches) return undefined;
  const matches = writersBlocks(context.blocks).flatMap((block) =>
    context
      .tone(block, { extra: { [kinds[0]]: options.extra }, remove: options.remove })
      .filter((m) => kinds.includes(m.kind) && isWritersOwn(m)),
  );
  return matches.length ? { matches, audience } : undefined;
}

/** One report for a tone in a draft to a group: at the first word, naming every word and the audience. */
export function groupToneReport<MessageId extends string>(
  found: { matches: ToneMatch[]; audience: Audience },
  messageId: MessageId,
): Report<MessageId> {
  const [first] = found.matches;
  return {
    messageId,
    data: {
      terms: { type: 'list', value: [...new Set(found.matches.map((m) => m.text))] },
      audience: describeAudience(found.audience),
    },
    block: first.block,
    start: first.start,
    end: first.end,
  };
}

/**
 * The sentences in which the writer blames a named person ("Bob dropped the ball"): criticism of a colleague, which
 * is not also the writer's grievance aired to a group.
 */
export function namedBlameSentences<Options>(context: RuleContext<Options>): Set<string> {
  const blocks = writersBlocks(context.blocks);
  const tones = new Map(blocks.map((block) => [block.index, context.tone(block).filter(isWritersOwn)]));
  if (![...tones.values()].some((tone) => tone.some((m) => m.kind === 'blame'))) return new Set();
  const found = findNamedBlame(blocks, tones, context.people());
  return new Set(found.map(({ blame }) => `${blame.block}:${blame.sentence.start}`));
}
