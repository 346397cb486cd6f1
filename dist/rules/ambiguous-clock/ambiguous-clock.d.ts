export declare const ambiguousClock: import("../../src/engine/rule.js").Rule<"ambiguous-clock" | "add-am" | "add-pm", Record<string, never>>;
