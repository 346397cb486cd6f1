// `draftlint check --print-config <file>`: the settings that apply to one file, as ESLint's --print-config shows
// them: which config file was found, whether the file is ignored, and every rule with its severity and options
// after the config's rules, its overrides and the rules' own defaults.
import { findConfig, inConfig, isIgnored, rulesFor } from '../config/config.js';
import { resolveRules } from '../engine/settings.js';
export async function printConfig(file, rules, options) {
    const loaded = await findConfig(file, options);
    const settings = loaded ? rulesFor(loaded, file) : {};
    let resolved;
    try {
        resolved = new Map(resolveRules(rules, settings).map((entry) => [entry.rule.meta.id, entry]));
    }
    catch (error) {
        if (!loaded)
            throw error;
        inConfig(loaded, error);
    }
    const shown = {};
    for (const rule of rules) {
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
    const printed = {
        file,
        configFile: loaded?.filepath ?? null,
        ignored: loaded ? isIgnored(loaded, file) : false,
        rules: shown,
    };
    return `${JSON.stringify(printed, null, 2)}\n`;
}
