import type { FormatterInput } from './types.js';
/** SARIF 2.1.0, for code-scanning dashboards: one run, the rules with their descriptions and docs, one result each. */
export declare function formatSarif({ results, rules, version }: FormatterInput): string;
