export declare const vagueTime: import("../../src/engine/rule.js").Rule;
