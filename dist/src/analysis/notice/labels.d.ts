import type { Block } from '../../document/types.js';
export type LabelledElement = 'when' | 'where' | 'agenda' | 'what' | 'why' | 'organizer' | 'contact' | 'attendees' | 'how' | 'cost' | 'duration';
export declare const LABELS: Record<LabelledElement, {
    zh: string[];
    en: string[];
}>;
/** Sentences that state a purpose or a way to take part, where no label does. */
export declare const PROSE_CUES: {
    why: RegExp;
    how: RegExp;
    free: RegExp;
    ends: RegExp;
};
export interface LabelledValue {
    element: LabelledElement;
    /** The label as written, lower-cased and Simplified. */
    label: string;
    block: Block;
    /** Range of the value in the block's text; empty when the value stands in the next block or is missing. */
    start: number;
    end: number;
    /** No value yet: TBD, 待定, TODO, ____, a template slot, nothing after the colon. */
    blank: boolean;
    /** The label stands in a block of its own (a table cell, a heading) and the value in the next. */
    apart?: boolean;
    /** A column header: the values stand in the rows below, and the range is empty. */
    header?: boolean;
}
export declare function isBlankValue(value: string): boolean;
/**
 * Lines "label：value" and "Label: value", list lines with no colon (g0v's 「- 地點 Lightbox」), and table rows
 * whose first cell is a label and whose next cell is the value, in the order they appear.
 */
export declare function findLabelledValues(blocks: Block[]): LabelledValue[];
