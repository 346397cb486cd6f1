export declare const requestConfirmation: import("../../src/engine/rule.js").Rule<"no-confirmation" | "no-confirmation-notice" | "add-confirmation", Record<string, never>>;
