import { describeAudience, reachesGroup } from '../audience/describe.js';
/**
 * The words of one tone in a draft that reaches a group, for the rules that weigh what is said against who hears
 * it; undefined when the draft is private or says none.
 */
export function toneToGroup(context, kind, options, pagesToo) {
    const audience = context.audience();
    if (!(pagesToo ? reachesGroup(audience, context.document.genre) : audience.group))
        return undefined;
    const matches = context.blocks.flatMap((block) => context.tone(block, { extra: { [kind]: options.extra }, remove: options.remove }).filter((m) => m.kind === kind));
    return matches.length ? { matches, audience } : undefined;
}
/** One report for a tone in a draft to a group: at the first word, naming every word and the audience. */
export function groupToneReport(found, messageId) {
    const [first] = found.matches;
    return {
        messageId,
        data: { terms: { type: 'list', value: [...new Set(found.matches.map((m) => m.text))] }, audience: describeAudience(found.audience) },
        block: first.block,
        start: first.start,
        end: first.end,
    };
}
