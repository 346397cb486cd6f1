import type { Rule } from './engine/rule.js';
import { type LintOptions, type LintResult } from './lint.js';
import { expandPaths, type FileError } from './discovery.js';
export { expandPaths, type FileError };
export interface FilesResult {
    results: LintResult[];
    /** Inputs that could not be read or parsed, each with a one-line reason. */
    errors: FileError[];
    /** Files named on the command line that an ignore file excludes: not checked, and not an error. */
    ignored?: string[];
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
