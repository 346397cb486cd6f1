import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lilconfig } from 'lilconfig';
import picomatch from 'picomatch';
import { UsageError } from '../input/errors.js';
import { mergeVocabularies, validateVocabulary } from './vocabulary.js';
import { loadPlugin } from './plugins.js';
const require = createRequire(import.meta.url);
const yaml = (filepath, content) => {
    try {
        return require('yaml').parse(content);
    }
    catch (error) {
        throw new UsageError(`${filepath}: not valid YAML (${error.message.split('\n')[0]})`);
    }
};
export const SEARCH_PLACES = [
    'package.json',
    '.draftlintrc',
    '.draftlintrc.json',
    '.draftlintrc.yaml',
    '.draftlintrc.yml',
    'draftlint.config.js',
    'draftlint.config.mjs',
    'draftlint.config.cjs',
    'draftlint.config.json',
];
// In a workspace the user has not trusted (an editor opened someone else's repository), a JavaScript config is code
// that would run on opening a file: it is found, so it still wins over a config further up, but not loaded.
const NOT_LOADED = Symbol('JavaScript config not loaded');
const skipCode = () => ({ [NOT_LOADED]: true });
const KEYS = new Set(['$schema', 'extends', 'plugins', 'rules', 'overrides', 'ignores', 'vocabulary']);
/** Finds, reads and resolves config files for one draftlint instance; each file is resolved once until `forget`. */
export class ConfigLoader {
    options;
    explorer;
    resolved = new Map();
    constructor(options) {
        this.options = options;
        const loaders = { '.yaml': yaml, '.yml': yaml, noExt: yaml };
        const code = options.trusted === false ? { '.js': skipCode, '.mjs': skipCode, '.cjs': skipCode } : {};
        this.explorer = lilconfig('draftlint', { searchPlaces: SEARCH_PLACES, loaders: { ...loaders, ...code } });
    }
    /** Forget what was read: a long-running process (the language server) sees files created or edited since. */
    forget() {
        this.explorer.clearCaches();
        this.resolved.clear();
    }
    /** The config named by `configFile`, or else the nearest one above `file` (or above `cwd` when there is none). */
    async find(target) {
        let result;
        const label = target.configFile ?? target.file ?? target.cwd;
        try {
            result = target.configFile
                ? await this.explorer.load(resolve(target.cwd, target.configFile))
                : await this.explorer.search(target.file ? dirname(resolve(target.cwd, target.file)) : target.cwd);
        }
        catch (error) {
            throw configError(error, label);
        }
        if (!result || result.isEmpty)
            return undefined;
        if (result.config && typeof result.config === 'object' && NOT_LOADED in result.config) {
            this.options.onSkipped?.(result.filepath);
            return undefined;
        }
        return this.resolveFile(result.filepath, result.config);
    }
    /** A config given as data (a program's own settings), resolved as if it were a file in `dir`. */
    fromObject(config, dir) {
        return this.resolveConfig(validate(config, '(config)'), resolve(dir, '(config)'), []);
    }
    resolveFile(filepath, raw) {
        let found = this.resolved.get(filepath);
        if (!found) {
            found = Promise.resolve().then(() => this.resolveConfig(validate(raw, filepath), filepath, [filepath]));
            this.resolved.set(filepath, found);
        }
        return found;
    }
    async resolveConfig(config, filepath, chain) {
        const dir = dirname(filepath);
        const plugins = await this.loadPlugins(config.plugins ?? [], dir, filepath);
        const layers = [];
        const extended = [];
        for (const name of typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [])) {
            const layer = await this.loadShared(name, dir, filepath, plugins, chain);
            layers.push(layer);
            extended.push(...layer.extended, name);
        }
        const own = {
            filepath,
            config: { rules: config.rules ?? {}, overrides: config.overrides ?? [], ignores: config.ignores ?? [] },
            extended: [],
            rules: [],
            plugins: plugins.map((plugin) => plugin.name),
            vocabulary: mergeVocabularies(readVocabulary(config.vocabulary, dir, filepath)),
        };
        const all = [...layers, own];
        const rules = [...this.options.builtins];
        for (const rule of [...layers.flatMap((layer) => layer.rules), ...plugins.flatMap((plugin) => plugin.rules)]) {
            if (!rules.some((known) => known.meta.id === rule.meta.id))
                rules.push(rule);
        }
        // A plugin's rules are off until a config turns them on, as in ESLint.
        const pluginRulesOff = Object.fromEntries(rules.filter((rule) => !this.options.builtins.includes(rule)).map((rule) => [rule.meta.id, 'off']));
        return {
            filepath,
            config: {
                rules: Object.assign({}, pluginRulesOff, ...all.map((layer) => layer.config.rules)),
                overrides: all.flatMap((layer) => layer.config.overrides),
                ignores: all.flatMap((layer) => layer.config.ignores),
            },
            extended,
            rules,
            plugins: [...new Set(all.flatMap((layer) => layer.plugins))],
            vocabulary: mergeVocabularies(...all.map((layer) => layer.vocabulary)),
        };
    }
    async loadShared(name, dir, from, plugins, chain) {
        const fail = (why) => {
            throw new UsageError(`${from}: extends: "${name}": ${why}`);
        };
        if (name.startsWith('draftlint:')) {
            const presets = this.options.presets;
            const preset = presets[name.slice('draftlint:'.length)];
            if (!preset)
                fail(`no such preset (draftlint:${Object.keys(presets).join(', draftlint:')})`);
            return this.resolveConfig(preset, resolve(dir, name), chain);
        }
        if (name.startsWith('plugin:')) {
            const [namespace, configName] = splitPluginConfig(name.slice('plugin:'.length));
            const plugin = plugins.find((p) => p.name === namespace);
            if (!plugin)
                fail(`plugin "${namespace}" is not in this config's plugins`);
            const shared = plugin?.configs?.[configName];
            if (!shared)
                fail(`plugin "${namespace}" has no config "${configName}"`);
            return this.resolveConfig(validate(shared, name), from, chain);
        }
        if (name.startsWith('.') || isAbsolute(name)) {
            const path = resolve(dir, name);
            if (chain.includes(path))
                fail('extends itself, through the chain of configs');
            let result;
            try {
                result = await this.explorer.load(path);
            }
            catch (error) {
                throw configError(error, `${from}: extends: ${name}`);
            }
            if (result && NOT_LOADED in (result.config ?? {})) {
                this.options.onSkipped?.(path);
                fail('a JavaScript config, not loaded in an untrusted workspace');
            }
            return this.resolveConfig(validate(result?.config ?? {}, path), path, [...chain, path]);
        }
        // A package: draftlint-config-<name>, or the name as given when it already says so.
        if (this.options.trusted === false) {
            this.options.onSkipped?.(name);
            fail('a package config runs code, and the workspace is not trusted');
        }
        const pkg = packageName(name, 'draftlint-config');
        let path = '';
        try {
            path = createRequire(resolve(dir, 'noop.js')).resolve(pkg);
        }
        catch {
            fail(`cannot find the package ${pkg} (npm install --save-dev ${pkg})`);
        }
        const module = (await import(new URL(`file://${path}`).href));
        return this.resolveConfig(validate(module.default ?? module, pkg), path, [...chain, path]);
    }
    async loadPlugins(specs, dir, from) {
        if (specs.length && this.options.trusted === false) {
            this.options.onSkipped?.(`${from} (plugins)`);
            return [];
        }
        return Promise.all(specs.map((spec) => loadPlugin(spec, dir, from)));
    }
}
function splitPluginConfig(text) {
    const at = text.lastIndexOf('/');
    return at === -1 ? [text, 'recommended'] : [text.slice(0, at), text.slice(at + 1)];
}
/** `acme` → `draftlint-config-acme`; `@team/acme` → `@team/draftlint-config-acme`; a full name stays. */
function packageName(name, prefix) {
    if (name.startsWith('@')) {
        const [scope, rest = ''] = name.split('/');
        return rest.startsWith(prefix) ? name : `${scope}/${prefix}${rest ? `-${rest}` : ''}`;
    }
    return name.startsWith(prefix) ? name : `${prefix}-${name}`;
}
function readVocabulary(vocabulary, dir, from) {
    if (vocabulary === undefined)
        return undefined;
    if (typeof vocabulary !== 'string')
        return validateVocabulary(vocabulary, `${from}: vocabulary`);
    const path = resolve(dir, vocabulary);
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new UsageError(`${from}: vocabulary: ${path}: ${error.code ?? 'cannot be read'}`);
    }
    return validateVocabulary(yaml(path, text), path);
}
function configError(error, label) {
    if (error instanceof UsageError)
        return error;
    const code = error.code;
    const message = code === 'ENOENT' ? 'no such config file' : error.message.split('\n')[0];
    return new UsageError(`${label}: ${message}`);
}
/** Checks a config's shape; rule ids, severities and options are checked against the rules when they are resolved. */
export function validate(raw, filepath) {
    const fail = (key, why) => {
        throw new UsageError(`${filepath}: ${key}: ${why}`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        fail('(top level)', 'a config is an object with rules, overrides and ignores');
    }
    // A key left with everything under it commented out (`rules:` in a starter file) is YAML's null: no settings.
    const config = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
    for (const key of Object.keys(config))
        if (!KEYS.has(key))
            fail(key, `unknown key (expected ${[...KEYS].join(', ')})`);
    const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
    const strings = (value) => Array.isArray(value) && value.every((v) => typeof v === 'string');
    if (config.rules !== undefined && !isObject(config.rules))
        fail('rules', 'must be an object of rule id → severity');
    if (config.ignores !== undefined && !strings(config.ignores))
        fail('ignores', 'must be a list of globs');
    if (config.extends !== undefined && !(typeof config.extends === 'string' || strings(config.extends))) {
        fail('extends', 'must be a config name or a list of them');
    }
    if (config.plugins !== undefined) {
        const ok = Array.isArray(config.plugins) && config.plugins.every((p) => typeof p === 'string' || isObject(p));
        if (!ok)
            fail('plugins', 'must be a list of package names or module paths');
    }
    if (config.vocabulary !== undefined && typeof config.vocabulary !== 'string') {
        validateVocabulary(config.vocabulary, `${filepath}: vocabulary`);
    }
    if (config.overrides !== undefined) {
        if (!Array.isArray(config.overrides))
            fail('overrides', 'must be a list');
        config.overrides.forEach((override, i) => {
            const o = override;
            if (!o || typeof o !== 'object')
                fail(`overrides[${i}]`, 'must be an object with files and rules');
            if (!(typeof o.files === 'string' || strings(o.files)))
                fail(`overrides[${i}].files`, 'must be a glob or a list of globs');
            if (!isObject(o.rules))
                fail(`overrides[${i}].rules`, 'must be an object of rule id → severity');
        });
    }
    return config;
}
/** The rule settings for one file: the config's rules, then every override whose globs match the file. */
export function rulesFor(loaded, file) {
    const path = relative(dirname(loaded.filepath), resolve(file));
    const rules = { ...loaded.config.rules };
    for (const override of loaded.config.overrides) {
        if (picomatch(override.files, { dot: true })(path))
            Object.assign(rules, override.rules);
    }
    return rules;
}
export function isIgnored(loaded, file) {
    const path = relative(dirname(loaded.filepath), resolve(file));
    return loaded.config.ignores.some((glob) => picomatch(glob, { dot: true })(path));
}
/** Prefixes a rule-setting error with the config file it came from. */
export function inConfig(loaded, error) {
    if (error instanceof UsageError)
        throw new UsageError(`${loaded.filepath}: ${error.message}`);
    throw error;
}
