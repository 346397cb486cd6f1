interface Options {
    extra: string[];
    remove: string[];
}
export declare const badNewsByMail: import("../../src/engine/rule.js").Rule<"bad-news-to-group", Options>;
export {};
