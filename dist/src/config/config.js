import { dirname, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { lilconfig } from 'lilconfig';
import picomatch from 'picomatch';
import { UsageError } from '../input/errors.js';
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
const explorer = lilconfig('draftlint', {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.yaml': yaml, '.yml': yaml, noExt: yaml },
});
// In a workspace the user has not trusted (an editor opened someone else's repository), a JavaScript config is code
// that would run on opening a file: it is found, so it still wins over a config further up, but not loaded.
const NOT_LOADED = Symbol('JavaScript config not loaded');
const skipCode = () => ({ [NOT_LOADED]: true });
const dataOnlyExplorer = lilconfig('draftlint', {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.yaml': yaml, '.yml': yaml, noExt: yaml, '.js': skipCode, '.mjs': skipCode, '.cjs': skipCode },
});
const KEYS = new Set(['$schema', 'rules', 'overrides', 'ignores']);
/** Checks a config's shape; rule ids, severities and options are checked against the rules when they are resolved. */
function validate(raw, filepath) {
    const fail = (key, why) => {
        throw new UsageError(`${filepath}: ${key}: ${why}`);
    };
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        fail('(top level)', 'a config is an object with rules, overrides and ignores');
    const config = raw;
    for (const key of Object.keys(config))
        if (!KEYS.has(key))
            fail(key, `unknown key (expected ${[...KEYS].join(', ')})`);
    if (config.rules !== undefined && (typeof config.rules !== 'object' || Array.isArray(config.rules)))
        fail('rules', 'must be an object of rule id → severity');
    if (config.ignores !== undefined && !(Array.isArray(config.ignores) && config.ignores.every((g) => typeof g === 'string')))
        fail('ignores', 'must be a list of globs');
    if (config.overrides !== undefined) {
        if (!Array.isArray(config.overrides))
            fail('overrides', 'must be a list');
        config.overrides.forEach((override, i) => {
            const o = override;
            if (!o || typeof o !== 'object')
                fail(`overrides[${i}]`, 'must be an object with files and rules');
            const files = o.files;
            if (!(typeof files === 'string' || (Array.isArray(files) && files.every((f) => typeof f === 'string'))))
                fail(`overrides[${i}].files`, 'must be a glob or a list of globs');
            if (!o.rules || typeof o.rules !== 'object')
                fail(`overrides[${i}].rules`, 'must be an object of rule id → severity');
        });
    }
    return config;
}
/** The config for a file: `--config` names one, `--no-config` uses none, otherwise the nearest one above the file. */
/** Forget config files found so far: a long-running process (the language server) sees files created or edited since. */
export function forgetConfigs() {
    explorer.clearCaches();
    dataOnlyExplorer.clearCaches();
}
export async function findConfig(file, options) {
    if (options.noConfig)
        return undefined;
    const search = options.trusted === false ? dataOnlyExplorer : explorer;
    let result;
    try {
        result = options.configFile ? await search.load(resolve(options.configFile)) : await search.search(dirname(resolve(file)));
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        const message = error.code === 'ENOENT' ? 'no such config file' : error.message.split('\n')[0];
        throw new UsageError(`${options.configFile ?? file}: ${message}`);
    }
    if (!result || result.isEmpty)
        return undefined;
    if (result.config && typeof result.config === 'object' && NOT_LOADED in result.config) {
        options.onSkipped?.(result.filepath);
        return undefined;
    }
    return { config: validate(result.config, result.filepath), filepath: result.filepath };
}
/** The rule settings for one file: the config's rules, then every override whose globs match the file. */
export function rulesFor(loaded, file) {
    const path = relative(dirname(loaded.filepath), resolve(file));
    const rules = { ...(loaded.config.rules ?? {}) };
    for (const override of loaded.config.overrides ?? []) {
        if (picomatch(override.files, { dot: true })(path))
            Object.assign(rules, override.rules);
    }
    return rules;
}
export function isIgnored(loaded, file) {
    const path = relative(dirname(loaded.filepath), resolve(file));
    return (loaded.config.ignores ?? []).some((glob) => picomatch(glob, { dot: true })(path));
}
/** Prefixes a rule-setting error with the config file it came from. */
export function inConfig(loaded, error) {
    if (error instanceof UsageError)
        throw new UsageError(`${loaded.filepath}: ${error.message}`);
    throw error;
}
