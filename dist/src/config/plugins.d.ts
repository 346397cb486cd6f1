import type { Rule } from '../engine/rule.js';
import type { Config } from './config.js';
/** What a plugin module exports (as its default export, or as named exports). */
export interface Plugin {
    /** The namespace of its rule ids (`acme` gives `acme/code-name`); from the package or file name when left out. */
    name: string;
    rules: Rule[];
    configs?: Record<string, Config>;
}
export interface PluginModule {
    name?: string;
    rules?: Record<string, Rule>;
    configs?: Record<string, Config>;
}
/** Loads a plugin named in a config in `dir` (`from` names the config in errors), or takes one given as an object. */
export declare function loadPlugin(spec: string | Plugin | PluginModule, dir: string, from: string): Promise<Plugin>;
