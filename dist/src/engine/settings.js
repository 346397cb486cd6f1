import { UsageError } from '../input/errors.js';
const SEVERITIES = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };
/** Merges user settings over the rules' defaults; unknown rules, severities and options are errors. */
export function resolveRules(rules, settings = {}) {
    const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
    for (const id of Object.keys(settings)) {
        if (!byId.has(id))
            throw new UsageError(`unknown rule "${id}" (known: ${[...byId.keys()].join(', ')})`);
    }
    const resolved = [];
    for (const rule of rules) {
        const setting = settings[rule.meta.id];
        const [severityText, options = {}] = Array.isArray(setting) ? setting : [setting, {}];
        const severity = severityText === undefined ? undefined : SEVERITIES[severityText];
        if (severityText !== undefined && severity === undefined) {
            throw new UsageError(`rule "${rule.meta.id}": severity must be off, info, warn or error, got ${JSON.stringify(severityText)}`);
        }
        if (severity === 'off')
            continue;
        resolved.push({ rule, severity, options: validateOptions(rule, options ?? {}) });
    }
    return resolved;
}
export function validateOptions(rule, options) {
    const merged = {};
    for (const [name, spec] of Object.entries(rule.meta.options))
        merged[name] = spec.default;
    for (const [name, value] of Object.entries(options)) {
        const spec = rule.meta.options[name];
        if (!spec)
            throw new UsageError(`rule "${rule.meta.id}": unknown option "${name}"`);
        const ok = spec.type === 'string-array'
            ? Array.isArray(value) && value.every((v) => typeof v === 'string')
            : typeof value === spec.type;
        if (!ok)
            throw new UsageError(`rule "${rule.meta.id}": option "${name}" must be ${spec.type === 'string-array' ? 'a list of strings' : `a ${spec.type}`}`);
        merged[name] = value;
    }
    return merged;
}
