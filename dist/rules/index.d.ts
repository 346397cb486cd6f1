import type { Rule } from '../src/engine/rule.js';
export declare const rules: Record<string, Rule>;
export { PRESETS as presets } from './presets.js';
/** Rules on by default, at their own severities. */
export declare const recommended: string[];
