export declare const ambiguousClock: import("../../src/engine/rule.js").Rule;
