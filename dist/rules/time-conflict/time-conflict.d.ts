export declare const timeConflict: import("../../src/engine/rule.js").Rule;
