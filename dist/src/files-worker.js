// A worker thread of a many-file run: checks one file at a time for the main thread.
import { parentPort } from 'node:worker_threads';
import { lintFiles } from './index.js';
parentPort?.on('message', async ({ index, file, options }) => {
    try {
        const { results, errors } = await lintFiles([file], { ...options, parallel: false });
        parentPort?.postMessage({ index, result: results[0], error: errors[0] });
    }
    catch (error) {
        parentPort?.postMessage({ index, crash: error.message });
    }
});
