interface Options {
    minConfidence: number;
    disabled: string[];
    allow: string[];
    extra: string[];
}
export declare const vagueTime: import("../../src/engine/rule.js").Rule<"period" | "vague-time" | "replace-with-time", Options>;
export {};
