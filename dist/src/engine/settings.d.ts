import type { OptionSpec, Rule, Severity } from './rule.js';
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error';
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];
export interface ResolvedRule {
    rule: Rule;
    /** Undefined: the rule's own defaults, per message. */
    severity?: Severity;
    options: Record<string, unknown>;
}
/** Merges user settings over the rules' defaults; unknown rules, severities and options are errors. */
export declare function resolveRules(rules: Rule[], settings?: Record<string, RuleSetting>): ResolvedRule[];
export declare function validateOptions(rule: Rule, options: Record<string, unknown>): Record<string, unknown>;
/** What a value must be to fit its declaration, or undefined when it fits. */
export declare function optionProblem(spec: OptionSpec, value: unknown): string | undefined;
