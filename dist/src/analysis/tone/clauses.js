// Sentences and clauses of a block's text, found once and then looked up by offset: sentence marks, commas,
// colons and semicolons close a clause, so 「公司不会裁员，但会冻结招聘」 holds two, and the 不 of the first does not
// reach 冻结招聘. The marks are the same in both scripts, so the Simplified view and the original give the same ranges.
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[。！？!?；;，,：:\n]|\.(?=\s|$)|\s[-–—]\s/g;
/** Marks found once; `around` answers in logarithmic time, so a long block costs no more per word than a short one. */
export class Boundaries {
    kind;
    marks;
    constructor(text, kind) {
        this.kind = kind;
        this.marks = [...text.matchAll(kind === 'sentence' ? SENTENCE_END : CLAUSE_END)].map((m) => ({
            index: m.index,
            length: m[0].length,
        }));
        this.textLength = text.length;
    }
    textLength;
    /** From the end of the last mark before `start` to the first mark at or after `end` (a sentence keeps its mark). */
    around(start, end = start) {
        const before = this.firstAtOrAfter(start) - 1;
        const from = before >= 0 ? this.marks[before].index + this.marks[before].length : 0;
        const after = this.marks[this.firstAtOrAfter(end)];
        if (!after)
            return { start: from, end: this.textLength };
        return { start: from, end: this.kind === 'sentence' ? after.index + after.length : after.index };
    }
    firstAtOrAfter(offset) {
        let low = 0;
        let high = this.marks.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.marks[mid].index < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
export function clauseRange(text, start, end = start) {
    return new Boundaries(text, 'clause').around(start, end);
}
/** Ranges sorted by start, of which those inside a range are found by binary search. */
export class RangeIndex {
    ranges;
    constructor(ranges) {
        this.ranges = [...ranges].sort((a, b) => a.start - b.start);
    }
    /** The ranges that lie inside `range` and end at or before `before`. */
    within(range, before = Infinity) {
        let low = 0;
        let high = this.ranges.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.ranges[mid].start < range.start)
                low = mid + 1;
            else
                high = mid;
        }
        const out = [];
        const limit = Math.min(range.end, before);
        for (let i = low; i < this.ranges.length && this.ranges[i].start < limit; i++)
            if (this.ranges[i].end <= limit)
                out.push(this.ranges[i]);
        return out;
    }
    get size() {
        return this.ranges.length;
    }
}
