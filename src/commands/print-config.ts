// `draftlint check --print-config <file>`: the settings that apply to one file, as ESLint's --print-config shows
// them: which config file was found and what it extends, whether the file is ignored, the plugins and vocabulary,
// and every rule with its severity and options after the config's rules, its overrides and the rules' own defaults.
import type { ResolvedConfig } from '../config/config.js';
import type { FileSetup } from '../files.js';
import { resolveRules } from '../engine/settings.js';

export function describeSettings(file: string, config: ResolvedConfig | undefined, setup: FileSetup) {
  const resolved = new Map(resolveRules(setup.rules, setup.settings).map((entry) => [entry.rule.meta.id, entry]));
  const shown: Record<string, unknown> = {};
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
