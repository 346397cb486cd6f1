interface Options {
    extra: string[];
    remove: string[];
}
export declare const massComplaint: import("../../src/engine/rule.js").Rule<"complaint-to-group", Options>;
export {};
