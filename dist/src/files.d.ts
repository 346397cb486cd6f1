import type { Rule } from './engine/rule.js';
import { type LintOptions, type LintResult } from './lint.js';
export interface FileError {
    filePath: string;
    reason: string;
}
export interface FilesResult {
    results: LintResult[];
    /** Inputs that could not be read or parsed, each with a one-line reason. */
    errors: FileError[];
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
    /** Check files in worker threads when there are many (default: true, from PARALLEL_MIN_FILES files on). */
    parallel?: boolean;
    /** A config file to use instead of searching above each file. */
    configFile?: string;
    /** Use no config file at all. */
    noConfig?: boolean;
    /** Called as each file that needs parsing is checked: how many are done, of how many. */
    onProgress?: (done: number, total: number) => void;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Files, directories (their drafts, minding .gitignore) and globs, in a stable order; what cannot be found is an error. */
export declare function expandPaths(patterns: string[], cwd?: string): Promise<{
    files: string[];
    errors: FileError[];
}>;
type Linter = (input: {
    text: Uint8Array;
    filename: string;
}, options: LintOptions) => Promise<LintResult>;
export declare function lintFilesWith(lint: Linter, fix: Linter, patterns: string[], options?: LintFilesOptions, rules?: Rule[]): Promise<FilesResult>;
/**
 * Temporary file in the same folder, then rename: a reader, or a run killed half-way, never sees half a file.
 * Nothing is written when the file changed on disk after it was read.
 */
export declare function writeAtomically(path: string, text: string, original: Uint8Array, label: string): Promise<void>;
export {};
