// The thread a budgeted check runs in: one job at a time, answered with plain data, so the main thread can stop it
// (terminate the thread) when it runs past its time. Each job names the draftlint instance it belongs to; the thread
// builds that instance once (its config, plugins and vocabulary) and keeps it for the next job of the same setup.
import { parentPort } from 'node:worker_threads';
import { createDraftlint } from '../draftlint.js';
import { settleDocument } from '../lint.js';
import { InputError, UsageError, failureReason } from '../input/errors.js';
const instances = new Map();
function instanceFor(setup) {
    const { generation, ...rest } = setup;
    const key = JSON.stringify(rest);
    let kept = instances.get(key);
    if (!kept || kept.generation !== generation) {
        kept = { generation, instance: createDraftlint({ ...rest, inThread: true }) };
        instances.set(key, kept);
    }
    return kept.instance;
}
parentPort?.on('message', async (job) => {
    let answer;
    try {
        const draftlint = await instanceFor(job.setup);
        if (job.op === 'extract')
            answer = { id: job.id, value: await draftlint.extract(job.input, job.options) };
        else {
            const result = await (job.op === 'fix' ? draftlint.fix : draftlint.lintText)(job.input, job.options);
            answer = { id: job.id, value: settleDocument(result, job.details ?? false) };
        }
    }
    catch (error) {
        const kind = error instanceof InputError ? 'input' : error instanceof UsageError ? 'usage' : 'failure';
        const input = error instanceof InputError ? error.input : undefined;
        answer = { id: job.id, error: { kind, message: error.message, reason: failureReason(error), input } };
    }
    parentPort?.postMessage(answer);
});
