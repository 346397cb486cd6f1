import type { RuleSetting } from '../engine/settings.js';
import type { Rule } from '../engine/rule.js';
import { type ResolvedVocabulary, type Vocabulary } from './vocabulary.js';
import { type Plugin } from './plugins.js';
/** What a config file holds. */
export interface Config {
    /** Shared configs this one builds on, in order: ./team.yaml, draftlint-config-acme, draftlint:email, plugin:x/y. */
    extends?: string | string[];
    /** Packages (draftlint-plugin-x, or x) or local modules (./rules/plugin.js) whose rules this config may use. */
    plugins?: (string | Plugin)[];
    rules?: Record<string, RuleSetting>;
    overrides?: {
        files: string | string[];
        rules: Record<string, RuleSetting>;
    }[];
    ignores?: string[];
    /** The team's words, or the path of a YAML or JSON file holding them. */
    vocabulary?: Vocabulary | string;
}
/** A config with everything it extends folded in, its plugins loaded and its vocabulary read. */
export interface ResolvedConfig {
    /** The file it came from, for error messages and relative globs. */
    filepath: string;
    /** The merged settings: what --print-config shows. */
    config: {
        rules: Record<string, RuleSetting>;
        overrides: NonNullable<Config['overrides']>;
        ignores: string[];
    };
    /** The shared configs folded in, in order. */
    extended: string[];
    /** The built-in rules, then the plugins' rules. */
    rules: Rule[];
    /** The plugins loaded, by namespace. */
    plugins: string[];
    vocabulary: ResolvedVocabulary;
}
export declare const SEARCH_PLACES: string[];
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
/** Finds, reads and resolves config files for one draftlint instance; each file is resolved once until `forget`. */
export declare class ConfigLoader {
    private readonly options;
    private readonly explorer;
    private readonly resolved;
    constructor(options: ConfigLoaderOptions);
    /** Forget what was read: a long-running process (the language server) sees files created or edited since. */
    forget(): void;
    /** The config named by `configFile`, or else the nearest one above `file` (or above `cwd` when there is none). */
    find(target: {
        file?: string;
        configFile?: string;
        cwd: string;
    }): Promise<ResolvedConfig | undefined>;
    /** A config given as data (a program's own settings), resolved as if it were a file in `dir`. */
    fromObject(config: Config, dir: string): Promise<ResolvedConfig>;
    private resolveFile;
    private resolveConfig;
    private loadShared;
    private loadPlugins;
}
/** Checks a config's shape; rule ids, severities and options are checked against the rules when they are resolved. */
export declare function validate(raw: unknown, filepath: string): Config;
/** The rule settings for one file: the config's rules, then every override whose globs match the file. */
export declare function rulesFor(loaded: ResolvedConfig, file: string): Record<string, RuleSetting>;
export declare function isIgnored(loaded: ResolvedConfig, file: string): boolean;
/** Prefixes a rule-setting error with the config file it came from. */
export declare function inConfig(loaded: ResolvedConfig, error: unknown): never;
