export declare const meeting5w2h: import("../../src/engine/rule.js").Rule<"missing-when" | "missing-where" | "where-deferred" | "missing-who" | "missing-what" | "missing-why" | "missing-how" | "missing-how-much" | "add-line", {
    acceptDeferredPlace: boolean;
}>;
