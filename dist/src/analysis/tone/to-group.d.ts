import type { Audience } from '../audience/audience.js';
import type { Report, RuleContext } from '../../engine/rule.js';
import type { ToneKind, ToneMatch } from './tone.js';
/**
 * The words of one tone in a draft that reaches a group, for the rules that weigh what is said against who hears
 * it; undefined when the draft is private or says none.
 */
export declare function toneToGroup<Options>(context: RuleContext<Options>, kind: ToneKind, options: {
    extra: string[];
    remove: string[];
}, pagesToo: boolean): {
    matches: ToneMatch[];
    audience: Audience;
} | undefined;
/** One report for a tone in a draft to a group: at the first word, naming every word and the audience. */
export declare function groupToneReport(found: {
    matches: ToneMatch[];
    audience: Audience;
}, messageId: string): Report;
