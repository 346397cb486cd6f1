import type { RuleSetting } from '../engine/settings.js';
/** What a config file holds. */
export interface Config {
    rules?: Record<string, RuleSetting>;
    overrides?: {
        files: string | string[];
        rules: Record<string, RuleSetting>;
    }[];
    ignores?: string[];
}
export interface LoadedConfig {
    config: Config;
    /** The file it came from, for error messages and relative globs. */
    filepath: string;
}
export declare const SEARCH_PLACES: string[];
export interface FindConfigOptions {
    configFile?: string;
    noConfig?: boolean;
    /** False: load only data configs (JSON, YAML, package.json); a JavaScript config is skipped. Default true. */
    trusted?: boolean;
    /** Told the path of each JavaScript config skipped because the workspace is not trusted. */
    onSkipped?: (filepath: string) => void;
}
/** The config for a file: `--config` names one, `--no-config` uses none, otherwise the nearest one above the file. */
/** Forget config files found so far: a long-running process (the language server) sees files created or edited since. */
export declare function forgetConfigs(): void;
export declare function findConfig(file: string, options: FindConfigOptions): Promise<LoadedConfig | undefined>;
/** The rule settings for one file: the config's rules, then every override whose globs match the file. */
export declare function rulesFor(loaded: LoadedConfig, file: string): Record<string, RuleSetting>;
export declare function isIgnored(loaded: LoadedConfig, file: string): boolean;
/** Prefixes a rule-setting error with the config file it came from. */
export declare function inConfig(loaded: LoadedConfig, error: unknown): never;
