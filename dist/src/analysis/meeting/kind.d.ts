import type { Block, DocumentKind, Format } from '../../document/types.js';
import type { Audience } from '../audience/audience.js';
import type { Token } from '../tokens/tokens.js';
import { type Reference } from '../times/calendar.js';
import type { TimeExpression } from '../times/types.js';
export interface KindDecision {
    kind: DocumentKind;
    /** The signals that decided it, as `signal: "text"`, so the output can explain the kind. */
    reasons: string[];
}
interface KindInput {
    format: Format;
    audience: Audience;
    blocks: Block[];
    times: TimeExpression[];
    reference: Reference;
    tokensOf: (block: Block) => Token[];
}
/**
 * A meeting notice names a meeting and shows two more cues: an invitation or notice word, an audience (or
 * recipients), a meeting word in the subject, an upcoming day — which counts twice with a clock time, so
 * 「明天下午三點開會」 is a notice. A Markdown page must also name an upcoming day; one that only talks about
 * meetings is not a notice: 「会议纪要模板：请在会后填写参会人和结论」.
 */
export declare function decideKind(input: KindInput): KindDecision;
export {};
