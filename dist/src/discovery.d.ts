export interface FileError {
    filePath: string;
    reason: string;
}
export interface Discovery {
    files: string[];
    /** Paths that could not be found or read, each with a one-line reason. */
    errors: FileError[];
    /** Files named on the command line that an ignore file excludes: skipped, and said so. */
    ignored: string[];
}
export declare const NEVER: string[];
/** Files, directories (their drafts, minding ignore files) and globs, in a stable order; what cannot be found is an error. */
export declare function expandPaths(patterns: string[], cwd?: string): Promise<Discovery>;
