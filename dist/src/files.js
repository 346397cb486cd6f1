import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dirname, basename, join, resolve } from 'node:path';
import { decodeText, formatOf } from './input/parse.js';
import { pageMayReport } from './engine/prescan.js';
import { findConfig, inConfig, isIgnored, rulesFor } from './config/config.js';
import { resolveRules } from './engine/settings.js';
import { InputError } from './input/errors.js';
import { settleDocument, unparsedPageResult } from './lint.js';
import { expandPaths } from './discovery.js';
export { expandPaths };
const PARALLEL_MIN_FILES = 40;
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
export async function lintFilesWith(lint, fix, patterns, options = {}, rules = []) {
    const cwd = options.cwd ?? process.cwd();
    const { files, errors, ignored } = await expandPaths(patterns, cwd);
    const prescan = rules.length > 0 && !options.kind;
    // First pass, in this thread: read each file, answer what needs no parse (unreadable, or a page with nothing to report).
    const slots = new Array(files.length);
    const toCheck = [];
    const perFile = [];
    const checked = new Set();
    for (const [index, file] of files.entries()) {
        const config = await findConfig(resolve(cwd, file), options);
        if (config && !checked.has(config.filepath)) {
            checked.add(config.filepath);
            // A wrong rule id, severity or option in a config file is named with the file, once, before any draft is checked.
            for (const rulesOf of [config.config.rules ?? {}, ...(config.config.overrides ?? []).map((o) => o.rules)]) {
                try {
                    resolveRules(rules, rulesOf);
                }
                catch (error) {
                    inConfig(config, error);
                }
            }
        }
        if (config && isIgnored(config, resolve(cwd, file)))
            continue;
        // Settings given in the call (the CLI's, a tool's) win over the config file's.
        const fileOptions = config ? { ...options, rules: { ...rulesFor(config, resolve(cwd, file)), ...options.rules } } : options;
        perFile[index] = fileOptions;
        try {
            const bytes = await readDraft(resolve(cwd, file), file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
            if (prescan && formatOf(file) === 'markdown' && !hasRuleOptions(fileOptions)) {
                const text = decodeText(bytes, file);
                if (!pageMayReport(text, rules.filter((rule) => setting(fileOptions, rule.meta.id) !== 'off'))) {
                    slots[index] = { result: unparsedPageResult(text, file, options) };
                    continue;
                }
            }
            toCheck.push({ index, bytes });
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            slots[index] = { error: { filePath: file, reason: error.reason } };
        }
    }
    // Worker threads pay their own start-up (jieba's dictionary, the parsers), and parsing allocates so much that on
    // two cores the threads' garbage collectors slow each other down (bench/RESULTS.md): they start from four cores,
    // for many drafts to parse. DRAFTLINT_WORKERS sets the count.
    const workers = Number(process.env.DRAFTLINT_WORKERS) || (availableParallelism() >= 4 ? Math.min(availableParallelism() - 1, 4) : 1);
    // The worker is the compiled module; run from TypeScript sources (the tests) there is none, and files go one by one.
    const workerBuilt = existsSync(fileURLToPath(new URL('./files-worker.js', import.meta.url)));
    if (options.parallel !== false && workerBuilt && workers > 1 && toCheck.length >= PARALLEL_MIN_FILES && rules.length > 0) {
        const parallel = await inWorkers(toCheck.map(({ index }) => resolve(cwd, files[index])), toCheck.map(({ index }) => files[index]), options, workers);
        parallel.forEach((slot, i) => (slots[toCheck[i].index] = slot));
    }
    else {
        let done = 0;
        for (const { index, bytes } of toCheck) {
            const file = files[index];
            try {
                const canWrite = options.fix && !options.fixDryRun && !file.toLowerCase().endsWith('.eml');
                const result = await (canWrite || options.fixDryRun ? fix : lint)({ text: bytes, filename: file }, perFile[index]);
                if (canWrite && result.output !== undefined)
                    await writeAtomically(resolve(cwd, file), result.output, bytes, file);
                slots[index] = { result: settleDocument(result, options.details ?? false) };
            }
            catch (error) {
                if (!(error instanceof InputError))
                    throw error;
                slots[index] = { error: { filePath: file, reason: error.reason } };
            }
            options.onProgress?.(++done, toCheck.length);
        }
    }
    return {
        results: slots.flatMap((slot) => (slot?.result ? [slot.result] : [])),
        errors: [...errors, ...slots.flatMap((slot) => (slot?.error ? [slot.error] : []))],
        ignored,
    };
}
// Rule options (extra words) are not visible to the pre-scan: with any, every page is parsed.
function hasRuleOptions(options) {
    return Object.values(options.rules ?? {}).some((value) => Array.isArray(value) && value[1] && Object.keys(value[1]).length > 0);
}
function setting(options, id) {
    const value = options.rules?.[id];
    return Array.isArray(value) ? value[0] : value;
}
async function readDraft(path, label, limit) {
    const size = (await stat(path).catch(() => undefined))?.size ?? 0;
    if (size > limit)
        throw new InputError(`skipped: ${size} bytes, over the ${limit}-byte limit for a draft`, label);
    const bytes = await readFile(path).catch((error) => {
        throw new InputError(READ_ERRORS[error.code ?? ''] ?? error.message, label);
    });
    if (bytes.length === 0)
        throw new InputError('empty file, nothing to check', label);
    return bytes;
}
const READ_ERRORS = {
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'no such file (a broken link, or removed while checking)',
    ELOOP: 'a loop of symbolic links',
};
/**
 * Temporary file in the same folder, then rename: a reader, or a run killed half-way, never sees half a file.
 * Nothing is written when the file changed on disk after it was read.
 */
export async function writeAtomically(path, text, original, label) {
    const info = await stat(path);
    const current = await readFile(path);
    if (!current.equals(original))
        throw new InputError('changed on disk while it was checked; fixes not written', label);
    const temporary = join(dirname(path), `.${basename(path)}.draftlint-${process.pid}-${Date.now()}.tmp`);
    try {
        await writeFile(temporary, text, { mode: info.mode });
        await rename(temporary, path);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw new InputError(`fixes not written (${error.code ?? error.message})`, label);
    }
}
/** Files shared out to worker threads, one at a time as each finishes; answers come back in file order. */
async function inWorkers(paths, labels, options, count) {
    const slots = new Array(paths.length);
    const workerUrl = new URL('./files-worker.js', import.meta.url);
    const { onProgress, ...cloneable } = options;
    const shared = { ...cloneable, cwd: undefined, parallel: false };
    let next = 0;
    let done = 0;
    await Promise.all(Array.from({ length: Math.min(count, paths.length) }, () => {
        const worker = new Worker(workerUrl);
        return new Promise((resolveWorker, rejectWorker) => {
            const send = () => {
                if (next >= paths.length) {
                    worker.terminate().then(() => resolveWorker(), rejectWorker);
                    return;
                }
                const index = next++;
                worker.postMessage({ index, file: paths[index], options: shared });
            };
            worker.on('message', (message) => {
                if (message.crash) {
                    worker.terminate();
                    rejectWorker(new Error(message.crash));
                    return;
                }
                const label = labels[message.index];
                slots[message.index] = {
                    result: message.result && { ...message.result, filePath: label },
                    error: message.error && { ...message.error, filePath: label },
                };
                onProgress?.(++done, paths.length);
                send();
            });
            worker.on('error', rejectWorker);
            send();
        });
    }));
    return slots;
}
