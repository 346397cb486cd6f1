// One draftlint: its config (with what it extends), its rules and plugins, its vocabulary and its segmenter, resolved
// once and used by every way in — the CLI, standard input, the language server, MCP, the playground, the remark
// plugin. Modelled on ESLint's ESLint class and textlint's createLinter. Nothing here is shared between instances.
import { resolve } from 'node:path';
import { presets, rules as registry } from '../rules/index.js';
import { resolveRules } from './engine/settings.js';
import { ConfigLoader, inConfig, isIgnored, rulesFor } from './config/config.js';
import { mergeVocabularies, validateVocabulary, } from './config/vocabulary.js';
import { checkSegmenter } from './analysis/tokens/tokens.js';
import { fixWith, lintWith } from './lint.js';
import { lintFilesWith } from './files.js';
import { budgetAvailable, sharedChecker } from './budget/pool.js';
import { extractFrom } from './extract/notice.js';
import { describeSettings } from './commands/print-config.js';
const BUILTINS = Object.values(registry);
export async function createDraftlint(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const segmenter = options.segmenter ? checkSegmenter(options.segmenter) : undefined;
    const loader = new ConfigLoader({
        trusted: options.trusted,
        onSkipped: options.onSkipped,
        builtins: BUILTINS,
        presets,
    });
    const extraVocabulary = options.vocabulary ? validateVocabulary(options.vocabulary, 'vocabulary') : undefined;
    const given = options.config ?? {};
    const inline = {
        ...given,
        plugins: [...(given.plugins ?? []), ...(options.plugins ?? [])],
    };
    const hasInline = Object.keys(given).length > 0 || (options.plugins?.length ?? 0) > 0;
    // Resolved now, so a wrong plugin or config given by a program fails here, not on the first draft.
    const inlineResolved = hasInline ? await loader.fromObject(inline, cwd) : undefined;
    const known = inlineResolved?.rules ?? BUILTINS;
    // Settings for rules known now are checked now; a plugin rule's wait for the config that loads the plugin.
    resolveRules(known, Object.fromEntries(Object.entries(options.rules ?? {}).filter(([id]) => known.some((r) => r.meta.id === id))));
    const checked = new Set();
    // Bumped by forget(): a checking thread rebuilds its copy of this instance, and reads the config files afresh.
    let generation = 0;
    const configFor = async (file) => {
        const found = options.noConfig ? undefined : await loader.find({ file, configFile: options.configFile, cwd });
        return combine(found, inlineResolved);
    };
    const setupFor = async (file) => {
        const config = await configFor(file);
        const rules = config?.rules ?? BUILTINS;
        const target = resolve(cwd, file ?? 'draft');
        const settings = { ...(config ? rulesFor(config, target) : {}), ...options.rules };
        // A wrong rule id, severity or option is named with its config file, once, before any draft is checked.
        const key = config?.filepath ?? '';
        if (!checked.has(key)) {
            if (config) {
                for (const rulesOf of [config.config.rules, ...config.config.overrides.map((o) => o.rules)]) {
                    try {
                        resolveRules(rules, rulesOf);
                    }
                    catch (error) {
                        inConfig(config, error);
                    }
                }
            }
            resolveRules(rules, options.rules);
            checked.add(key);
        }
        const vocabulary = mergeVocabularies(...(config ? [config.vocabulary] : []), ...(extraVocabulary ? [extraVocabulary] : []));
        return { rules, settings, vocabulary, ignored: Boolean(config && file && isIgnored(config, target)) };
    };
    // A check runs in a thread (stopped past its time budget) when the setup can be described as data.
    const portable = !options.inThread && (options.plugins ?? []).every((p) => typeof p === 'string');
    const workerSetup = portable
        ? {
            cwd,
            configFile: options.configFile ? resolve(cwd, options.configFile) : undefined,
            noConfig: options.noConfig,
            trusted: options.trusted,
            segmenter,
            rules: options.rules,
            config: hasInline ? inline : undefined,
            vocabulary: options.vocabulary,
        }
        : undefined;
    const currentSetup = () => (workerSetup ? { ...workerSetup, generation } : undefined);
    const check = async (op, input, call = {}, control = {}) => {
        const merged = { ...options.defaults, ...call };
        const filename = typeof input === 'string' ? undefined : input.filename;
        const thread = currentSetup();
        if (merged.maxFileTime && thread && budgetAvailable()) {
            const { maxFileTime, ...rest } = merged;
            return sharedChecker().run(op, input, rest, thread, { seconds: maxFileTime, signal: control.signal }, true);
        }
        const setup = await setupFor(filename);
        const kernel = { ...merged, segmenter, rules: { ...setup.settings, ...call.rules }, vocabulary: setup.vocabulary };
        return (op === 'fix' ? fixWith : lintWith)(setup.rules, input, kernel);
    };
    return {
        lintText: (input, call, control) => check('lint', input, call, control),
        fix: (input, call, control) => check('fix', input, call, control),
        lintFiles: (patterns, call = {}) => lintFilesWith({
            setupFor: async (file) => {
                const setup = await setupFor(file);
                return call.rules ? { ...setup, settings: { ...setup.settings, ...call.rules } } : setup;
            },
            lint: (input, kernel, rules) => lintWith(rules, input, { ...kernel, segmenter }),
            fix: (input, kernel, rules) => fixWith(rules, input, { ...kernel, segmenter }),
            workerSetup: budgetAvailable() ? currentSetup() : undefined,
        }, patterns, { ...options.defaults, cwd, ...call }),
        extract: async (input, call = {}, control = {}) => {
            const filename = typeof input === 'string' ? undefined : input.filename;
            const thread = currentSetup();
            if (thread && budgetAvailable() && call.maxFileTime) {
                const { maxFileTime, ...rest } = call;
                return sharedChecker().extract(input, rest, thread, { seconds: maxFileTime, signal: control.signal });
            }
            const setup = await setupFor(filename);
            return extractFrom(input, { now: options.defaults?.now, ...call, segmenter, vocabulary: setup.vocabulary });
        },
        rulesFor: async (file) => (await setupFor(file)).rules,
        isIgnored: async (file) => (await setupFor(file)).ignored,
        printConfig: async (file) => {
            const config = await configFor(file);
            const setup = await setupFor(file);
            return describeSettings(file, config, setup);
        },
        forget: () => {
            loader.forget();
            checked.clear();
            generation++;
        },
    };
}
/** A config file's settings with a program's own given over them. */
function combine(base, over) {
    if (!base || !over)
        return base ?? over;
    const rules = [...base.rules, ...over.rules.filter((rule) => !base.rules.some((r) => r.meta.id === rule.meta.id))];
    return {
        filepath: base.filepath,
        config: {
            rules: { ...base.config.rules, ...withoutPluginDefaults(over, base) },
            overrides: [...base.config.overrides, ...over.config.overrides],
            ignores: [...base.config.ignores, ...over.config.ignores],
        },
        extended: [...base.extended, ...over.extended],
        rules,
        plugins: [...new Set([...base.plugins, ...over.plugins])],
        vocabulary: mergeVocabularies(base.vocabulary, over.vocabulary),
    };
}
/** The settings of `over`, less the "off" it gives plugin rules by default where `base` turned them on. */
function withoutPluginDefaults(over, base) {
    return Object.fromEntries(Object.entries(over.config.rules).filter(([id, value]) => !(value === 'off' && id in base.config.rules)));
}
