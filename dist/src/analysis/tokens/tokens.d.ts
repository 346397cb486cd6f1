export interface Token {
    /** The token as written (Traditional stays Traditional). */
    text: string;
    start: number;
    end: number;
    /** jieba's part-of-speech tag (ICTCLAS set: n, v, t, m, nr …); English tokens have none. */
    tag?: string;
}
export type SegmenterName = 'node-rs' | 'nodejieba';
export declare const SEGMENTERS: SegmenterName[];
/** Picks the jieba binding: @node-rs/jieba (the default, prebuilt) or nodejieba (an optional peer dependency). */
export declare function useSegmenter(name: SegmenterName): void;
/** Chinese: jieba on the Simplified view, reported against the original text. */
export declare function tokenizeChinese(text: string): Token[];
export declare function tokenizeEnglish(text: string): Token[];
