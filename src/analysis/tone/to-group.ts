import { describeAudience, reachesGroup } from '../audience/describe.js';
import type { Audience } from '../audience/audience.js';
import type { Report, RuleContext } from '../../engine/rule.js';
import type { ToneKind, ToneMatch } from './tone.js';

/**
 * The words of one tone in a draft that reaches a group, for the rules that weigh what is said against who hears
 * it; undefined when the draft is private or says none.
 */
export function toneToGroup<Options>(
  context: RuleContext<Options>,
  kind: ToneKind,
  options: { extra: string[]; remove: string[] },
  pagesToo: boolean,
): { matches: ToneMatch[]; audience: Audience } | undefined {
  const audience = context.audience();
  if (!(pagesToo ? reachesGroup(audience, context.document.genre) : audience.group)) return undefined;
  const matches = context.blocks.flatMap((block) => context.tone(block, { extra: { [kind]: options.extra }, remove: options.remove }).filter((m) => m.kind === kind));
  return matches.length ? { matches, audience } : undefined;
}

/** One report for a tone in a draft to a group: at the first word, naming every word and the audience. */
export function groupToneReport(found: { matches: ToneMatch[]; audience: Audience }, messageId: string): Report {
  const [first] = found.matches;
  return {
    messageId,
    data: { terms: { type: 'list', value: [...new Set(found.matches.map((m) => m.text))] }, audience: describeAudience(found.audience) },
    block: first.block,
    start: first.start,
    end: first.end,
  };
}
