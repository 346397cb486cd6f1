import type { Rule } from '../engine/rule.js';
/** The JSON Schema of a config file, from the rules' own metadata, so editors complete rule ids and options. */
export declare function configSchema(rules: Rule[]): Record<string, unknown>;
