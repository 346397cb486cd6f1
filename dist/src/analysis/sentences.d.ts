export declare function sentenceRange(text: string, start: number, end?: number): {
    start: number;
    end: number;
};
