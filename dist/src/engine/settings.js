import { UsageError } from '../input/errors.js';
const SEVERITIES = {
    off: 'off',
    info: 'info',
    warn: 'warning',
    warning: 'warning',
    error: 'error',
};
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
    for (const [name, spec] of Object.entries(rule.meta.options)) {
        merged[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
    }
    for (const [name, value] of Object.entries(options)) {
        const spec = rule.meta.options[name];
        if (!spec) {
            const known = Object.keys(rule.meta.options);
            const expected = known.length ? `options: ${known.join(', ')}` : 'it takes no options';
            throw new UsageError(`rule "${rule.meta.id}": unknown option "${name}" (${expected})`);
        }
        const problem = optionProblem(spec, value);
        if (problem)
            throw new UsageError(`rule "${rule.meta.id}": option "${name}" must be ${problem}, got ${JSON.stringify(value)}`);
        merged[name] = value;
    }
    return merged;
}
/** What a value must be to fit its declaration, or undefined when it fits. */
export function optionProblem(spec, value) {
    switch (spec.type) {
        case 'string-array':
            return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'a list of strings';
        case 'boolean':
            return typeof value === 'boolean' ? undefined : 'a boolean';
        case 'string':
            if (typeof value !== 'string')
                return 'a string';
            return !spec.enum || spec.enum.includes(value) ? undefined : `one of ${spec.enum.join(', ')}`;
        case 'number': {
            const kind = spec.integer ? 'a whole number' : 'a number';
            const range = describeRange(spec);
            const fits = typeof value === 'number' &&
                Number.isFinite(value) &&
                (!spec.integer || Number.isInteger(value)) &&
                (spec.minimum === undefined || value >= spec.minimum) &&
                (spec.maximum === undefined || value <= spec.maximum);
            return fits ? undefined : `${kind}${range}`;
        }
    }
}
function describeRange(spec) {
    if (spec.minimum !== undefined && spec.maximum !== undefined)
        return ` from ${spec.minimum} to ${spec.maximum}`;
    if (spec.minimum !== undefined)
        return ` of at least ${spec.minimum}`;
    if (spec.maximum !== undefined)
        return ` of at most ${spec.maximum}`;
    return '';
}
