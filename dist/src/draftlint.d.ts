import type { Rule } from './engine/rule.js';
import { type RuleSetting } from './engine/settings.js';
import { type Config } from './config/config.js';
import { type ResolvedVocabulary, type Vocabulary } from './config/vocabulary.js';
import type { Plugin, PluginModule } from './config/plugins.js';
import { type SegmenterName } from './analysis/tokens/tokens.js';
import { type LintInput, type LintOptions, type LintResult } from './lint.js';
import { type FilesResult, type LintFilesOptions } from './files.js';
import { type ExtractInputOptions } from './extract/notice.js';
import type { Extraction } from './extract/types.js';
export interface DraftlintOptions {
    /** Where files, globs and the config search start (default: the process's working directory). */
    cwd?: string;
    /** A config file to use instead of searching above each file. */
    configFile?: string;
    /** Read no config file. */
    noConfig?: boolean;
    /** Settings given as data: applied over the config file's (its `extends`, `plugins` and `vocabulary` included). */
    config?: Config;
    /** Rule settings that win over every config. */
    rules?: Record<string, RuleSetting>;
    /** More plugins: package names, module paths, or plugin objects. */
    plugins?: (string | Plugin | PluginModule)[];
    /** More team vocabulary, joined to the config's. */
    vocabulary?: Vocabulary;
    /** The jieba binding: 'node-rs' (default) or 'nodejieba'. */
    segmenter?: SegmenterName;
    /** False: read data configs only, and load no plugin or package config (an untrusted workspace). Default true. */
    trusted?: boolean;
    /** Told of each config or plugin not loaded because the workspace is not trusted. */
    onSkipped?: (what: string) => void;
    /** Defaults for every check (a call's own options win). */
    defaults?: LintOptions;
    /** Inside a checking thread: check here, never hand over to another thread. */
    inThread?: boolean;
}
export interface Draftlint {
    /** Lints one draft: a string, or `{ text, filename, headers }`; the filename also picks the config's overrides. */
    lintText(input: LintInput, options?: LintOptions, control?: CheckControl): Promise<LintResult>;
    /** Lints and applies every safe fix; `output` holds the fixed text when anything changed. */
    fix(input: LintInput, options?: LintOptions, control?: CheckControl): Promise<LintResult>;
    /** Lints files, directories and globs; unreadable inputs come back in `errors`, never as exceptions. */
    lintFiles(patterns: string[], options?: LintFilesOptions): Promise<FilesResult>;
    /** A meeting notice's 5W2H as data. */
    extract(input: LintInput, options?: ExtractInputOptions, control?: CheckControl): Promise<Extraction>;
    /** The rules known for a file (built-in and from plugins), in run order. */
    rulesFor(file?: string): Promise<Rule[]>;
    /** Whether a file is excluded by its config's `ignores`. */
    isIgnored(file: string): Promise<boolean>;
    /** The merged settings for a file, as `check --print-config` shows them. */
    printConfig(file: string): Promise<Record<string, unknown>>;
    /** Forget config files read so far (a long-running server sees edits). */
    forget(): void;
}
/** A caller that may give up on a check (an MCP request cancelled): the check's thread is stopped. */
export interface CheckControl {
    signal?: AbortSignal;
}
export declare function createDraftlint(options?: DraftlintOptions): Promise<Draftlint>;
export type { ResolvedVocabulary };
