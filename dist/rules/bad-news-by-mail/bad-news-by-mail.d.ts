export declare const badNewsByMail: import("../../src/engine/rule.js").Rule;
