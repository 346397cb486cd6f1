export declare const missingAttachment: import("../../src/engine/rule.js").Rule<"no-attachment", Record<string, never>>;
