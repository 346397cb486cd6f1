export declare const missingAttachment: import("../../src/engine/rule.js").Rule;
