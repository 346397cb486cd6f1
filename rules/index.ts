// The rule registry: id → rule, in the order rules run and are listed.
import type { Rule } from '../src/engine/rule.js';
import { meeting5w2h } from './meeting-5w2h/meeting-5w2h.js';
import { vagueTime } from './vague-time/vague-time.js';
import { weekdayMismatch } from './weekday-mismatch/weekday-mismatch.js';

export const rules: Record<string, Rule> = {
  'meeting-5w2h': meeting5w2h as unknown as Rule,
  'vague-time': vagueTime as unknown as Rule,
  'weekday-mismatch': weekdayMismatch as unknown as Rule,
};

/** Rules on by default, at their own severities. */
export const recommended: string[] = Object.keys(rules);
