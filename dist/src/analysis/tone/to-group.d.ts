import type { Audience } from '../audience/audience.js';
import type { Block } from '../../document/types.js';
import type { Report, RuleContext } from '../../engine/rule.js';
import { type ToneKind, type ToneMatch } from './tone.js';
/**
 * The writer's own blocks: quotes are earlier mails in a reply, unless the whole text is one quotation (a notice
 * pasted as "> Dear users, we are shutting down …"), which is then the message itself.
 */
export declare function writersBlocks(blocks: Block[]): Block[];
/**
 * The words of some tones that the writer asserts (not negated, reported, asked about or supposed) in a draft
 * that reaches a group; undefined when the draft is private or says none.
 */
export declare function toneToGroup<Options, MessageId extends string>(context: RuleContext<Options, MessageId>, kinds: ToneKind[], options: {
    extra: string[];
    remove: string[];
}, pagesToo: boolean): {
    matches: ToneMatch[];
    audience: Audience;
} | undefined;
/** One report for a tone in a draft to a group: at the first word, naming every word and the audience. */
export declare function groupToneReport<MessageId extends string>(found: {
    matches: ToneMatch[];
    audience: Audience;
}, messageId: MessageId): Report<MessageId>;
/**
 * The sentences in which the writer blames a named person ("Bob dropped the ball"): criticism of a colleague, which
 * is not also the writer's grievance aired to a group.
 */
export declare function namedBlameSentences<Options>(context: RuleContext<Options>): Set<string>;
