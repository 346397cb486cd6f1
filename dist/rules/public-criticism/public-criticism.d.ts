export declare const publicCriticism: import("../../src/engine/rule.js").Rule;
