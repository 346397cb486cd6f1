import type { Rule } from './engine/rule.js';
import type { RuleSetting } from './engine/settings.js';
import type { ResolvedVocabulary } from './config/vocabulary.js';
import { type KernelOptions, type LintOptions, type LintResult } from './lint.js';
import type { WorkerSetup } from './budget/pool.js';
import { expandPaths, type FileError } from './discovery.js';
export { expandPaths, type FileError };
export interface FilesResult {
    results: LintResult[];
    /** Inputs that could not be read or parsed, each with a one-line reason. */
    errors: FileError[];
    /** Files not checked, and not an error: named on the command line but excluded by an ignore file, or empty. */
    skipped?: FileError[];
}
export interface LintFilesOptions extends LintOptions {
    /** Apply fixes and write them back (text and Markdown files; an .eml is never rewritten). */
    fix?: boolean;
    /** Compute the fixes, .eml included, and keep them in each result's `output` without writing anything. */
    fixDryRun?: boolean;
    cwd?: string;
    /** Files larger than this many bytes are skipped with a reason (default 4 MiB). */
    maxFileSize?: number;
    /** Report each document's audience and people (the JSON output does); they cost Chinese segmentation. */
    details?: boolean;
    /** Check files in several worker threads when there are many (default: true, from PARALLEL_MIN_FILES files on). */
    parallel?: boolean;
    /** A config file to use instead of searching above each file. */
    configFile?: string;
    /** Use no config file at all. */
    noConfig?: boolean;
    /** Seconds one draft may take to check; past it, the draft is skipped with a reason (default 10; 0 for no limit). */
    maxFileTime?: number;
    /** Keep results of unchanged drafts in a cache file and reuse them (never with fix or fixDryRun). */
    cache?: boolean;
    /** The cache file, or a folder to hold .draftlintcache (default: .draftlintcache in cwd). */
    cacheLocation?: string;
    /** Called as each file that needs parsing is checked: how many are done, of how many. */
    onProgress?: (done: number, total: number) => void;
}
/** A draft up to this size, alone in a run, is checked in this thread: a worker thread's start would cost more. */
export declare const SMALL_DRAFT: number;
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** What a run over files asks of the draftlint instance it belongs to. */
export interface FilesEngine {
    /** The rules, settings and vocabulary for one file, from its config; a bad config throws, naming the file. */
    setupFor(file: string): Promise<FileSetup>;
    /** Checks one draft in this thread with the setup given. */
    lint(input: {
        text: Uint8Array;
        filename: string;
    }, options: KernelOptions, rules: Rule[]): Promise<LintResult>;
    fix(input: {
        text: Uint8Array;
        filename: string;
    }, options: KernelOptions, rules: Rule[]): Promise<LintResult>;
    /** How a checking thread builds the same instance; undefined: check in this thread only. */
    workerSetup?: WorkerSetup;
}
export interface FileSetup {
    rules: Rule[];
    settings: Record<string, RuleSetting>;
    vocabulary?: ResolvedVocabulary;
    ignored: boolean;
}
export declare function lintFilesWith(engine: FilesEngine, patterns: string[], options?: LintFilesOptions): Promise<FilesResult>;
/** A draft file's bytes: regular files only, at most `limit` bytes read, with a one-line reason otherwise. */
export declare function readDraft(path: string, label: string, limit: number): Promise<Buffer>;
