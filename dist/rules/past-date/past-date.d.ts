export declare const pastDate: import("../../src/engine/rule.js").Rule<"date-in-past", Record<string, never>>;
