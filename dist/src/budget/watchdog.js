// The time budget for a draft checked in this thread: one small file from the command line is checked here rather
// than in a worker thread, whose start costs as much as the check. The synchronous steps (parsing, the analyses,
// the rules) run under V8's own watchdog (a vm script with a timeout), which stops even a regular expression
// backtracking on hostile input; the steps in between only load modules or await a parser.
import { Script } from 'node:vm';
import { TimeBudgetError } from './pool.js';
const KEY = Symbol.for('draftlint.watched');
const CALL = new Script("globalThis[Symbol.for('draftlint.watched')]()", { filename: 'draftlint-watchdog' });
let deadline;
let inside = false;
let stopped = false;
/** Whether a check was ever stopped in this thread: its lazily built tables may be half built, so none runs here again. */
export function stoppedHere() {
    return stopped;
}
/** Runs `check` with a deadline `seconds` from now: the watched steps inside it throw TimeBudgetError past it. */
export async function withinBudget(seconds, label, check) {
    deadline = { at: performance.now() + seconds * 1000, seconds, label };
    try {
        return await check();
    }
    finally {
        deadline = undefined;
    }
}
/** Throws TimeBudgetError when the deadline of the check under way has passed. */
export function checkDeadline() {
    if (deadline && performance.now() >= deadline.at)
        throw new TimeBudgetError(deadline.seconds, deadline.label);
}
/** Runs a synchronous step of a check, stopped at the deadline when there is one (otherwise simply called). */
export function watched(step) {
    if (!deadline || inside)
        return step();
    const left = deadline.at - performance.now();
    if (left <= 0)
        throw new TimeBudgetError(deadline.seconds, deadline.label);
    const global = globalThis;
    global[KEY] = step;
    inside = true;
    try {
        return CALL.runInThisContext({ timeout: Math.max(1, Math.floor(left)) });
    }
    catch (error) {
        if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
            stopped = true;
            throw new TimeBudgetError(deadline.seconds, deadline.label);
        }
        throw error;
    }
    finally {
        inside = false;
        delete global[KEY];
    }
}
