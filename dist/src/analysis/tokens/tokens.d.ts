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
/** Checks that a jieba binding can be used: @node-rs/jieba (the default, prebuilt) or nodejieba (an optional peer). */
export declare function checkSegmenter(name: SegmenterName): SegmenterName;
/** Chinese: jieba on the Simplified view, reported against the original text. */
export declare function tokenizeChinese(text: string, name?: SegmenterName): Token[];
export declare function tokenizeEnglish(text: string): Token[];
