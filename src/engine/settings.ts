import { UsageError } from '../input/errors.js';
import type { Rule, Severity } from './rule.js';

export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error';
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface ResolvedRule {
  rule: Rule;
  /** Undefined: the rule's own defaults, per message. */
  severity?: Severity;
  options: Record<string, unknown>;
}

const SEVERITIES: Record<string, Severity | 'off'> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

/** Merges user settings over the rules' defaults; unknown rules, severities and options are errors. */
export function resolveRules(rules: Rule[], settings: Record<string, RuleSetting> = {}): ResolvedRule[] {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) throw new UsageError(`unknown rule "${id}" (known: ${[...byId.keys()].join(', ')})`);
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const [severityText, options = {}] = Array.isArray(setting) ? setting : [setting, {}];
    const severity = severityText === undefined ? undefined : SEVERITIES[severityText];
    if (severityText !== undefined && severity === undefined) {
      throw new UsageError(`rule "${rule.meta.id}": severity must be off, info, warn or error, got ${JSON.stringify(severityText)}`);
    }
    if (severity === 'off') continue;
    resolved.push({ rule, severity, options: validateOptions(rule, options ?? {}) });
  }
  return resolved;
}

export function validateOptions(rule: Rule, options: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options)) merged[name] = spec.default;
  for (const [name, value] of Object.entries(options)) {
    const spec = rule.meta.options[name];
    if (!spec) throw new UsageError(`rule "${rule.meta.id}": unknown option "${name}"`);
    const ok =
      spec.type === 'string-array'
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === spec.type;
    if (!ok) throw new UsageError(`rule "${rule.meta.id}": option "${name}" must be ${spec.type === 'string-array' ? 'a list of strings' : `a ${spec.type}`}`);
    merged[name] = value;
  }
  return merged;
}
