export declare const wallOfText: import("../../src/engine/rule.js").Rule;
