/**
 * A one-line progress counter on a terminal's standard error, for long runs only: nothing on a pipe or a file
 * (CI logs, editors, hooks), nothing before `delayMs` has passed, so short runs print exactly what they did
 * before. The line is redrawn at most every `intervalMs` and erased when the run ends, leaving the report clean.
 */
export interface Progress {
    update(done: number, total: number): void;
    end(): void;
}
export interface ProgressOptions {
    delayMs?: number;
    intervalMs?: number;
    now?: () => number;
}
export declare function progressOn(stream: NodeJS.WritableStream, options?: ProgressOptions): Progress;
