interface Options {
    sentenceChars: number;
    paragraphChars: number;
    sentenceWords: number;
    paragraphWords: number;
}
export declare const wallOfText: import("../../src/engine/rule.js").Rule<"long-sentence" | "long-paragraph", Options>;
export {};
