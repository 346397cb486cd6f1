import type { Block, DocumentKind, Format } from '../../document/types.js';
import type { Audience } from '../audience/audience.js';
import type { Token } from '../tokens/tokens.js';
import { type Reference } from '../times/calendar.js';
import type { TimeExpression } from '../times/types.js';
export interface KindDecision {
    kind: DocumentKind;
    /** The sum of the signals' weights; a notice needs NOTICE_SCORE. */
    score: number;
    /** The signals that decided it, as `signal: "text"`, so the output can explain the kind. */
    reasons: string[];
    /** A standing meeting (每双周二上午10:00, "Tuesdays at 17:30 UTC") or one meeting on one day. */
    meeting?: 'one-off' | 'standing';
}
export interface KindInput {
    format: Format;
    filename?: string;
    frontMatter?: Record<string, unknown>;
    /** Asked only once a meeting word is found: it needs jieba's dictionary. */
    audience: () => Audience;
    blocks: Block[];
    /** The page's source, to tell which table cells share a row. */
    source?: string;
    times: TimeExpression[];
    reference: Reference;
    tokensOf: (block: Block) => Token[];
}
/**
 * A meeting notice names a meeting and shows enough of the signals below; each counts as `weight`:
 * a notice or invitation word beside the meeting word (1), an audience or recipients (1), the meeting word in the
 * subject or the title (1), an upcoming day (1, or 2 with a clock time), a past day with a clock time (1), a
 * labelled time (「时间：」, "When:", a table row) whose value is a time or still TBD (2), a labelled place (1),
 * an agenda (1), a standing meeting — a repeating day with a clock time (2), "next call" or 下次例会 (1), a file
 * named for a meeting (1), front matter with a date or a place (1). A labelled time and a labelled place make a
 * notice without a meeting word. A page must also tie the meeting to a time (a labelled time, a day with a clock
 * time, a standing slot or an upcoming day): one that only talks about meetings is no notice —
 * 「会议纪要模板：请在会后填写参会人和结论」.
 */
export declare function decideKind(input: KindInput): KindDecision;
/**
 * Whether a page's raw text (Simplified, lower-cased) could be a notice, read without parsing it: it holds a
 * meeting word, or a time label and a place label. The pre-scan asks this; decideKind answers for real.
 */
export declare function mayBeNotice(view: string): boolean;
