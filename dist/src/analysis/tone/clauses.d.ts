export interface Range {
    start: number;
    end: number;
}
/** Marks found once; `around` answers in logarithmic time, so a long block costs no more per word than a short one. */
export declare class Boundaries {
    private readonly kind;
    private readonly marks;
    constructor(text: string, kind: 'sentence' | 'clause');
    private readonly textLength;
    /** From the end of the last mark before `start` to the first mark at or after `end` (a sentence keeps its mark). */
    around(start: number, end?: number): Range;
    private firstAtOrAfter;
}
export declare function clauseRange(text: string, start: number, end?: number): Range;
/** Ranges sorted by start, of which those inside a range are found by binary search. */
export declare class RangeIndex {
    private readonly ranges;
    constructor(ranges: Range[]);
    /** The ranges that lie inside `range` and end at or before `before`. */
    within(range: Range, before?: number): Range[];
    get size(): number;
}
