import { simplify } from '../script/han.js';
import { sentenceRange } from '../sentences.js';
/** 每两周, 双周, "every other week": words of a repeating meeting (read in the Simplified view). */
const REPEATING = /每|双周|隔周|单周|\b(?:every|each|weekly|biweekly|fortnightly)\b/i;
/**
 * Whether the sentence holding text[start, end) speaks of a repeating meeting: 每两周举办一次，在周三晚上19:30开始.
 * The time analysis marks a day recurring only when the cue stands right before it; this looks at the sentence.
 */
export function repeatsInSentence(text, start, end) {
    const sentence = sentenceRange(text, start, end);
    return REPEATING.test(simplify(text.slice(sentence.start, sentence.end)));
}
