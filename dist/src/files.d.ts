import type { Rule } from './engine/rule.js';
import { type LintOptions, type LintResult } from './lint.js';
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
type Linter = (input: {
    text: Uint8Array;
    filename: string;
}, options: LintOptions) => Promise<LintResult>;
export declare function lintFilesWith(lint: Linter, fix: Linter, patterns: string[], options?: LintFilesOptions, rules?: Rule[], inThreads?: boolean): Promise<FilesResult>;
/** A draft file's bytes: regular files only, at most `limit` bytes read, with a one-line reason otherwise. */
export declare function readDraft(path: string, label: string, limit: number): Promise<Buffer>;
