import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lilconfig, type LilconfigResult, type Loader } from 'lilconfig';
import picomatch from 'picomatch';
import type * as Yaml from 'yaml';
import { UsageError } from '../input/errors.js';
import type { RuleSetting } from '../engine/settings.js';
import type { Rule } from '../engine/rule.js';
import { mergeVocabularies, validateVocabulary, type ResolvedVocabulary, type Vocabulary } from './vocabulary.js';
import { loadPlugin, type Plugin } from './plugins.js';

/** What a config file holds. */
export interface Config {
  /** Shared configs this one builds on, in order: ./team.yaml, draftlint-config-acme, draftlint:email, plugin:x/y. */
  extends?: string | string[];
  /** Packages (draftlint-plugin-x, or x) or local modules (./rules/plugin.js) whose rules this config may use. */
  plugins?: (string | Plugin)[];
  rules?: Record<string, RuleSetting>;
  overrides?: { files: string | string[]; rules: Record<string, RuleSetting> }[];
  ignores?: string[];
  /** The team's words, or the path of a YAML or JSON file holding them. */
  vocabulary?: Vocabulary | string;
}

/** A config with everything it extends folded in, its plugins loaded and its vocabulary read. */
export interface ResolvedConfig {
  /** The file it came from, for error messages and relative globs. */
  filepath: string;
  /** The merged settings: what --print-config shows. */
  config: { rules: Record<string, RuleSetting>; overrides: NonNullable<Config['overrides']>; ignores: string[] };
  /** The shared configs folded in, in order. */
  extended: string[];
  /** The built-in rules, then the plugins' rules. */
  rules: Rule[];
  /** The plugins loaded, by namespace. */
  plugins: string[];
  vocabulary: ResolvedVocabulary;
}

const require = createRequire(import.meta.url);
const yaml = (filepath: string, content: string) => {
  try {
    return (require('yaml') as typeof Yaml).parse(content);
  } catch (error) {
    throw new UsageError(`${filepath}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
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

export interface ConfigLoaderOptions {
  /** False: load only data configs (JSON, YAML, package.json), and no plugin or package config. Default true. */
  trusted?: boolean;
  /** Told the path of each piece of code not loaded because the workspace is not trusted. */
  onSkipped?: (filepath: string) => void;
  /** The rules every config starts from. */
  builtins: Rule[];
  /** The shared configs `extends` names as draftlint:<name>. */
  presets: Record<string, Config>;
}

const KEYS = new Set(['$schema', 'extends', 'plugins', 'rules', 'overrides', 'ignores', 'vocabulary']);

/** Finds, reads and resolves config files for one draftlint instance; each file is resolved once until `forget`. */
export class ConfigLoader {
  private readonly explorer;
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();

  constructor(private readonly options: ConfigLoaderOptions) {
    const loaders = { '.yaml': yaml, '.yml': yaml, noExt: yaml };
    const code: Record<string, Loader> =
      options.trusted === false ? { '.js': skipCode, '.mjs': skipCode, '.cjs': skipCode } : {};
    this.explorer = lilconfig('draftlint', { searchPlaces: SEARCH_PLACES, loaders: { ...loaders, ...code } });
  }

  /** Forget what was read: a long-running process (the language server) sees files created or edited since. */
  forget(): void {
    this.explorer.clearCaches();
    this.resolved.clear();
  }

  /** The config named by `configFile`, or else the nearest one above `file` (or above `cwd` when there is none). */
  async find(target: { file?: string; configFile?: string; cwd: string }): Promise<ResolvedConfig | undefined> {
    let result: LilconfigResult;
    const label = target.configFile ?? target.file ?? target.cwd;
    try {
      result = target.configFile
        ? await this.explorer.load(resolve(target.cwd, target.configFile))
        : await this.explorer.search(target.file ? dirname(resolve(target.cwd, target.file)) : target.cwd);
    } catch (error) {
      throw configError(error, label);
    }
    if (!result || result.isEmpty) return undefined;
    if (result.config && typeof result.config === 'object' && NOT_LOADED in result.config) {
      this.options.onSkipped?.(result.filepath);
      return undefined;
    }
    return this.resolveFile(result.filepath, result.config);
  }

  /** A config given as data (a program's own settings), resolved as if it were a file in `dir`. */
  fromObject(config: Config, dir: string): Promise<ResolvedConfig> {
    return this.resolveConfig(validate(config, '(config)'), resolve(dir, '(config)'), []);
  }

  private resolveFile(filepath: string, raw: unknown): Promise<ResolvedConfig> {
    let found = this.resolved.get(filepath);
    if (!found) {
      found = Promise.resolve().then(() => this.resolveConfig(validate(raw, filepath), filepath, [filepath]));
      this.resolved.set(filepath, found);
    }
    return found;
  }

  private async resolveConfig(config: Config, filepath: string, chain: string[]): Promise<ResolvedConfig> {
    const dir = dirname(filepath);
    const plugins = await this.loadPlugins(config.plugins ?? [], dir, filepath);
    const layers: ResolvedConfig[] = [];
    const extended: string[] = [];
    for (const name of typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [])) {
      const layer = await this.loadShared(name, dir, filepath, plugins, chain);
      layers.push(layer);
      extended.push(...layer.extended, name);
    }
    const own: ResolvedConfig = {
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
      if (!rules.some((known) => known.meta.id === rule.meta.id)) rules.push(rule);
    }
    // A plugin's rules are off until a config turns them on, as in ESLint.
    const pluginRulesOff = Object.fromEntries(
      rules.filter((rule) => !this.options.builtins.includes(rule)).map((rule) => [rule.meta.id, 'off' as const]),
    );
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

  private async loadShared(name: string, dir: string, from: string, plugins: Plugin[], chain: string[]) {
    const fail = (why: string): never => {
      throw new UsageError(`${from}: extends: "${name}": ${why}`);
    };
    if (name.startsWith('draftlint:')) {
      const presets = this.options.presets;
      const preset = presets[name.slice('draftlint:'.length)];
      if (!preset) fail(`no such preset (draftlint:${Object.keys(presets).join(', draftlint:')})`);
      return this.resolveConfig(preset, resolve(dir, name), chain);
    }
    if (name.startsWith('plugin:')) {
      const [namespace, configName] = splitPluginConfig(name.slice('plugin:'.length));
      const plugin = plugins.find((p) => p.name === namespace);
      if (!plugin) fail(`plugin "${namespace}" is not in this config's plugins`);
      const shared = plugin?.configs?.[configName];
      if (!shared) fail(`plugin "${namespace}" has no config "${configName}"`);
      return this.resolveConfig(validate(shared, name), from, chain);
    }
    if (name.startsWith('.') || isAbsolute(name)) {
      const path = resolve(dir, name);
      if (chain.includes(path)) fail('extends itself, through the chain of configs');
      let result: LilconfigResult;
      try {
        result = await this.explorer.load(path);
      } catch (error) {
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
    } catch {
      fail(`cannot find the package ${pkg} (npm install --save-dev ${pkg})`);
    }
    const module = (await import(new URL(`file://${path}`).href)) as { default?: unknown };
    return this.resolveConfig(validate(module.default ?? module, pkg), path, [...chain, path]);
  }

  private async loadPlugins(specs: (string | Plugin)[], dir: string, from: string): Promise<Plugin[]> {
    if (specs.length && this.options.trusted === false) {
      this.options.onSkipped?.(`${from} (plugins)`);
      return [];
    }
    return Promise.all(specs.map((spec) => loadPlugin(spec, dir, from)));
  }
}

function splitPluginConfig(text: string): [string, string] {
  const at = text.lastIndexOf('/');
  return at === -1 ? [text, 'recommended'] : [text.slice(0, at), text.slice(at + 1)];
}

/** `acme` → `draftlint-config-acme`; `@team/acme` → `@team/draftlint-config-acme`; a full name stays. */
function packageName(name: string, prefix: string): string {
  if (name.startsWith('@')) {
    const [scope, rest = ''] = name.split('/');
    return rest.startsWith(prefix) ? name : `${scope}/${prefix}${rest ? `-${rest}` : ''}`;
  }
  return name.startsWith(prefix) ? name : `${prefix}-${name}`;
}

function readVocabulary(vocabulary: Config['vocabulary'], dir: string, from: string): Vocabulary | undefined {
  if (vocabulary === undefined) return undefined;
  if (typeof vocabulary !== 'string') return validateVocabulary(vocabulary, `${from}: vocabulary`);
  const path = resolve(dir, vocabulary);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${from}: vocabulary: ${path}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}`);
  }
  return validateVocabulary(yaml(path, text), path);
}

function configError(error: unknown, label: string): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === 'ENOENT' ? 'no such config file' : (error as Error).message.split('\n')[0];
  return new UsageError(`${label}: ${message}`);
}

/** Checks a config's shape; rule ids, severities and options are checked against the rules when they are resolved. */
export function validate(raw: unknown, filepath: string): Config {
  const fail = (key: string, why: string): never => {
    throw new UsageError(`${filepath}: ${key}: ${why}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    fail('(top level)', 'a config is an object with rules, overrides and ignores');
  }
  // A key left with everything under it commented out (`rules:` in a starter file) is YAML's null: no settings.
  const config = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([, v]) => v !== null));
  for (const key of Object.keys(config))
    if (!KEYS.has(key)) fail(key, `unknown key (expected ${[...KEYS].join(', ')})`);
  const isObject = (value: unknown) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
  const strings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (config.rules !== undefined && !isObject(config.rules)) fail('rules', 'must be an object of rule id → severity');
  if (config.ignores !== undefined && !strings(config.ignores)) fail('ignores', 'must be a list of globs');
  if (config.extends !== undefined && !(typeof config.extends === 'string' || strings(config.extends))) {
    fail('extends', 'must be a config name or a list of them');
  }
  if (config.plugins !== undefined) {
    const ok = Array.isArray(config.plugins) && config.plugins.every((p) => typeof p === 'string' || isObject(p));
    if (!ok) fail('plugins', 'must be a list of package names or module paths');
  }
  if (config.vocabulary !== undefined && typeof config.vocabulary !== 'string') {
    validateVocabulary(config.vocabulary, `${filepath}: vocabulary`);
  }
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail('overrides', 'must be a list');
    (config.overrides as unknown[]).forEach((override, i) => {
      const o = override as Record<string, unknown>;
      if (!o || typeof o !== 'object') fail(`overrides[${i}]`, 'must be an object with files and rules');
      if (!(typeof o.files === 'string' || strings(o.files)))
        fail(`overrides[${i}].files`, 'must be a glob or a list of globs');
      if (!isObject(o.rules)) fail(`overrides[${i}].rules`, 'must be an object of rule id → severity');
    });
  }
  return config as Config;
}

/** The rule settings for one file: the config's rules, then every override whose globs match the file. */
export function rulesFor(loaded: ResolvedConfig, file: string): Record<string, RuleSetting> {
  const path = relative(dirname(loaded.filepath), resolve(file));
  const rules = { ...loaded.config.rules };
  for (const override of loaded.config.overrides) {
    if (picomatch(override.files, { dot: true })(path)) Object.assign(rules, override.rules);
  }
  return rules;
}

export function isIgnored(loaded: ResolvedConfig, file: string): boolean {
  const path = relative(dirname(loaded.filepath), resolve(file));
  return loaded.config.ignores.some((glob) => picomatch(glob, { dot: true })(path));
}

/** Prefixes a rule-setting error with the config file it came from. */
export function inConfig(loaded: ResolvedConfig, error: unknown): never {
  if (error instanceof UsageError) throw new UsageError(`${loaded.filepath}: ${error.message}`);
  throw error;
}
