export declare const relativeDate: import("../../src/engine/rule.js").Rule;
