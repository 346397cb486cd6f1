export declare const requestConfirmation: import("../../src/engine/rule.js").Rule;
