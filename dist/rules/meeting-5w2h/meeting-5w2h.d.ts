export declare const meeting5w2h: import("../../src/engine/rule.js").Rule;
