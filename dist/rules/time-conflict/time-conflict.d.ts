export declare const timeConflict: import("../../src/engine/rule.js").Rule<"times-disagree" | "day-disagrees" | "daylight-out-of-season", Record<string, never>>;
