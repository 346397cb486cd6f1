// A time budget for checking one draft. A check runs in a worker thread; one that runs past its budget (a draft
// built to make a pattern slow), or whose caller gives up (an MCP request cancelled, an editor that moved on), is
// stopped by ending the thread, and the next check starts a fresh one. Checks queue in order, one per thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, UsageError } from '../input/errors.js';
/** Default time budget for one draft, in seconds. */
export const DEFAULT_MAX_FILE_TIME = 10;
/** A draft not checked within its time budget. */
export class TimeBudgetError extends InputError {
    constructor(seconds, input) {
        super(`skipped: not checked within the ${seconds} s time budget (--max-file-time)`, input);
        this.name = 'TimeBudgetError';
    }
}
/** A check its caller gave up on. */
export class CancelledError extends Error {
    constructor() {
        super('cancelled');
        this.name = 'CancelledError';
    }
}
/** Something other than the input went wrong inside the worker; its one-line reason, as `failureReason` gives it. */
export class CheckFailure extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'CheckFailure';
    }
}
const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Whether checks can run in a thread: from the compiled package yes; from TypeScript sources (tests) there is none. */
export function budgetAvailable() {
    return existsSync(fileURLToPath(WORKER_URL));
}
/**
 * The heap a checking thread may grow to, in MB. Parsing allocates far more than it keeps, and V8 otherwise lets the
 * heap grow to hundreds of MB over a folder of long pages; within this limit it collects sooner. A draft that does
 * not fit is checked again in a thread without the limit, so the limit never costs a report.
 */
export const WORKER_HEAP_MB = 96;
/** One worker thread and its queue of checks. */
export class Checker {
    worker;
    queue = [];
    current;
    nextId = 1;
    /** Lints or fixes one draft in the thread, with the instance `setup` describes. */
    run(op, input, options, setup, budget = {}, details = false) {
        return this.enqueue({ id: this.nextId++, op, input, options, setup, details }, budget);
    }
    extract(input, options, setup, budget = {}) {
        return this.enqueue({ id: this.nextId++, op: 'extract', input, options, setup }, budget);
    }
    /** Starts the thread now, so it loads while the caller reads its files. */
    warm() {
        this.thread().unref();
        return this;
    }
    /** Ends the thread; checks still queued are rejected. */
    async close() {
        for (const pending of this.queue.splice(0))
            pending.reject(new CancelledError());
        if (this.current)
            this.finish(new CancelledError());
        await this.worker?.terminate();
        this.worker = undefined;
    }
    enqueue(job, budget) {
        return new Promise((resolve, reject) => {
            if (budget.signal?.aborted)
                return reject(new CancelledError());
            const label = typeof job.input === 'string' ? undefined : job.input.filename;
            const pending = { job, budget, resolve, reject, label };
            budget.signal?.addEventListener('abort', () => {
                const queued = this.queue.indexOf(pending);
                if (queued !== -1) {
                    this.queue.splice(queued, 1);
                    reject(new CancelledError());
                }
            }, { once: true });
            this.queue.push(pending);
            this.pump();
        });
    }
    thread() {
        if (this.worker)
            return this.worker;
        const unlimited = this.queue[0]?.unlimited ?? false;
        const worker = new Worker(WORKER_URL, unlimited ? {} : { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        worker.on('message', (answer) => {
            if (!this.current || this.current.pending.job.id !== answer.id)
                return;
            if (answer.error)
                this.finish(rebuild(answer.error, this.current.pending.label));
            else
                this.finish(undefined, answer.value);
        });
        // The thread itself died (out of memory, a native crash): that draft's error, and a fresh thread for the next.
        worker.on('error', (error) => {
            if (this.worker === worker)
                this.worker = undefined;
            const current = this.current;
            if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' &&
                current &&
                !current.pending.unlimited) {
                // Once more, first in the queue, in a thread without the heap limit.
                this.current = undefined;
                clearTimeout(current.timer);
                if (current.onAbort)
                    current.pending.budget.signal?.removeEventListener('abort', current.onAbort);
                this.queue.unshift({ ...current.pending, unlimited: true });
                this.pump();
                return;
            }
            this.finish(new CheckFailure(`could not be checked: ${error.message}`));
        });
        worker.on('exit', () => {
            if (this.worker === worker) {
                this.worker = undefined;
                if (this.current)
                    this.finish(new CheckFailure('could not be checked: the checking thread stopped'));
            }
        });
        this.worker = worker;
        return worker;
    }
    pump() {
        if (this.current)
            return;
        const pending = this.queue.shift();
        if (!pending) {
            this.worker?.unref();
            return;
        }
        const worker = this.thread();
        worker.ref();
        const { seconds } = pending.budget;
        const current = { pending };
        if (seconds && Number.isFinite(seconds) && seconds > 0)
            current.timer = setTimeout(() => this.stop(new TimeBudgetError(seconds, pending.label)), seconds * 1000);
        if (pending.budget.signal) {
            current.onAbort = () => this.stop(new CancelledError());
            pending.budget.signal.addEventListener('abort', current.onAbort, { once: true });
        }
        this.current = current;
        worker.postMessage(pending.job);
    }
    /** Stops the check under way by ending its thread. */
    stop(error) {
        const worker = this.worker;
        this.worker = undefined;
        this.finish(error);
        void worker?.terminate();
    }
    finish(error, value) {
        const current = this.current;
        if (!current)
            return;
        this.current = undefined;
        clearTimeout(current.timer);
        if (current.onAbort)
            current.pending.budget.signal?.removeEventListener('abort', current.onAbort);
        // The thread without the heap limit served its one draft; the next draft gets a limited one.
        if (current.pending.unlimited && this.worker) {
            void this.worker.terminate();
            this.worker = undefined;
        }
        if (error)
            current.pending.reject(error);
        else
            current.pending.resolve(value);
        this.pump();
    }
}
function rebuild(error, label) {
    if (error.kind === 'input')
        return new InputError(error.reason, error.input ?? label);
    if (error.kind === 'usage')
        return new UsageError(error.message);
    return new CheckFailure(error.reason);
}
let shared;
/** The process's own checker, for the library and the servers. */
export function sharedChecker() {
    shared ??= new Checker();
    return shared;
}
