// The sentence around a range of a block's text: from the end of the last sentence mark before it to the end of
// the first one at or after it (the mark included). Marks are the same in both scripts, so the Simplified view
// and the original text give the same range.
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;
export function sentenceRange(text, start, end = start) {
    let from = 0;
    for (const match of text.matchAll(SENTENCE_END)) {
        if (match.index >= end)
            return { start: from, end: match.index + match[0].length };
        if (match.index < start)
            from = match.index + match[0].length;
    }
    return { start: from, end: text.length };
}
