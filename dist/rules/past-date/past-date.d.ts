export declare const pastDate: import("../../src/engine/rule.js").Rule;
