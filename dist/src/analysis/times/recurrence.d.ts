/**
 * Whether the sentence holding text[start, end) speaks of a repeating meeting: 每两周举办一次，在周三晚上19:30开始.
 * The time analysis marks a day recurring only when the cue stands right before it; this looks at the sentence.
 */
export declare function repeatsInSentence(text: string, start: number, end: number): boolean;
