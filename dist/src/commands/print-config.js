import { resolveRules } from '../engine/settings.js';
export function describeSettings(file, config, setup) {
    const resolved = new Map(resolveRules(setup.rules, setup.settings).map((entry) => [entry.rule.meta.id, entry]));
    const shown = {};
    for (const rule of setup.rules) {
        const entry = resolved.get(rule.meta.id);
        if (!entry) {
            shown[rule.meta.id] = 'off';
            continue;
        }
        const severity = entry.severity ?? rule.meta.severity;
        const perMessage = entry.severity ? undefined : rule.meta.messageSeverity;
        shown[rule.meta.id] = {
            severity: severity === 'warning' ? 'warn' : severity,
            ...(perMessage && Object.keys(perMessage).length ? { messageSeverity: perMessage } : {}),
            options: entry.options,
        };
    }
    return {
        file,
        configFile: config?.filepath ?? null,
        extends: config?.extended ?? [],
        plugins: config?.plugins ?? [],
        ignored: setup.ignored,
        rules: shown,
        vocabulary: setup.vocabulary,
    };
}
