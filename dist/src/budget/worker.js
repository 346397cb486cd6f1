// The thread a budgeted check runs in: one job at a time, answered with plain data, so the main thread can stop it
// (terminate the thread) when it runs past its time.
import { parentPort } from 'node:worker_threads';
import { extract, fix, lint } from '../index.js';
import { settleDocument } from '../lint.js';
import { InputError, UsageError, failureReason } from '../input/errors.js';
parentPort?.on('message', async (job) => {
    let answer;
    try {
        if (job.op === 'extract')
            answer = { id: job.id, value: await extract(job.input, job.options) };
        else {
            const result = await (job.op === 'fix' ? fix : lint)(job.input, job.options);
            answer = { id: job.id, value: settleDocument(result, job.details ?? false) };
        }
    }
    catch (error) {
        const kind = error instanceof InputError ? 'input' : error instanceof UsageError ? 'usage' : 'failure';
        answer = { id: job.id, error: { kind, message: error.message, reason: failureReason(error), input: error instanceof InputError ? error.input : undefined } };
    }
    parentPort?.postMessage(answer);
});
