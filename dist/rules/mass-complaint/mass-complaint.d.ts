export declare const massComplaint: import("../../src/engine/rule.js").Rule;
