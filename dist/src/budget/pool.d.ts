import type { ExtractInputOptions } from '../extract/notice.js';
import type { Extraction } from '../extract/types.js';
import { InputError } from '../input/errors.js';
import type { LintInput, LintOptions, LintResult } from '../lint.js';
import type { Config } from '../config/config.js';
import type { Vocabulary } from '../config/vocabulary.js';
/** Default time budget for one draft, in seconds. */
export declare const DEFAULT_MAX_FILE_TIME = 10;
type Input = LintInput;
/**
 * How a checking thread builds the draftlint instance a check belongs to: its settings as plain data. The thread
 * finds and reads the same config files, so each job carries only this, never resolved rules.
 */
export interface WorkerSetup {
    cwd?: string;
    configFile?: string;
    noConfig?: boolean;
    trusted?: boolean;
    segmenter?: LintOptions['segmenter'];
    rules?: LintOptions['rules'];
    /** A config given as data, with plugins named by path or package only. */
    config?: Config;
    vocabulary?: Vocabulary;
    /** Changes when the instance forgets the config files it read: the thread builds its copy again. */
    generation?: number;
}
export type Job = {
    id: number;
    op: 'lint' | 'fix';
    input: Input;
    options: LintOptions;
    setup: WorkerSetup;
    details?: boolean;
} | {
    id: number;
    op: 'extract';
    input: Input;
    options: ExtractInputOptions;
    setup: WorkerSetup;
};
export type JobAnswer = {
    id: number;
    value: LintResult | Extraction;
    error?: undefined;
} | {
    id: number;
    value?: undefined;
    error: {
        kind: 'input' | 'usage' | 'failure';
        message: string;
        reason: string;
        input?: string;
    };
};
/** A draft not checked within its time budget. */
export declare class TimeBudgetError extends InputError {
    constructor(seconds: number, input?: string);
}
/** A check its caller gave up on. */
export declare class CancelledError extends Error {
    constructor();
}
/** Something other than the input went wrong inside the worker; its one-line reason, as `failureReason` gives it. */
export declare class CheckFailure extends Error {
    readonly reason: string;
    constructor(reason: string);
}
export interface Budget {
    /** Seconds; 0 or Infinity for none. */
    seconds?: number;
    signal?: AbortSignal;
}
/** Whether checks can run in a thread: from the compiled package yes; from TypeScript sources (tests) there is none. */
export declare function budgetAvailable(): boolean;
/**
 * The heap a checking thread may grow to, in MB. Parsing allocates far more than it keeps, and V8 otherwise lets the
 * heap grow to hundreds of MB over a folder of long pages; within this limit it collects sooner. A draft that does
 * not fit is checked again in a thread without the limit, so the limit never costs a report.
 */
export declare const WORKER_HEAP_MB = 96;
/** One worker thread and its queue of checks. */
export declare class Checker {
    private worker?;
    private queue;
    private current?;
    private nextId;
    /** Lints or fixes one draft in the thread, with the instance `setup` describes. */
    run(op: 'lint' | 'fix', input: Input, options: LintOptions, setup: WorkerSetup, budget?: Budget, details?: boolean): Promise<LintResult>;
    extract(input: Input, options: ExtractInputOptions, setup: WorkerSetup, budget?: Budget): Promise<Extraction>;
    /** Starts the thread now, so it loads while the caller reads its files. */
    warm(): this;
    /** Ends the thread; checks still queued are rejected. */
    close(): Promise<void>;
    private enqueue;
    private thread;
    private pump;
    /** Stops the check under way by ending its thread. */
    private stop;
    private finish;
}
/** The process's own checker, for the library and the servers. */
export declare function sharedChecker(): Checker;
export {};
