interface Options {
    extra: string[];
    remove: string[];
}
export declare const publicCriticism: import("../../src/engine/rule.js").Rule<"criticised-in-public" | "remove-name", Options>;
export {};
