export declare const relativeDate: import("../../src/engine/rule.js").Rule<"add-date", Record<string, never>>;
