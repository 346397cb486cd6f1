import { open, stat } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Checker, DEFAULT_MAX_FILE_TIME } from './budget/pool.js';
import { stoppedHere, watched, withinBudget } from './budget/watchdog.js';
import { join, resolve } from 'node:path';
import { writeBack } from './write-back.js';
import { decodeText, formatOf } from './input/parse.js';
import { pageMayReport } from './engine/prescan.js';
import type { Rule } from './engine/rule.js';
import type { RuleSetting } from './engine/settings.js';
import type { ResolvedVocabulary } from './config/vocabulary.js';
import { EmptyInput, InputError, failureReason } from './input/errors.js';
import { DEFAULT_CACHE_LOCATION, ResultCache } from './cache.js';
import { packageVersion } from './rule-docs.js';
import { settleDocument, unparsedPageResult, type KernelOptions, type LintOptions, type LintResult } from './lint.js';
import type { WorkerSetup } from './budget/pool.js';

import { expandPaths, type FileError } from './discovery.js';

export { expandPaths, type FileError };

export interface FilesResult {
  results: LintResult[];
  /** Inputs that could not be read or parsed, each with a one-line reason. */
  errors: FileError[];
  /** Files not checked, and not an error: named on the command line but excluded by an ignore file, or empty. */
  skipped?: FileError[];
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
  /** Check files in several worker threads when there are many (default: true, from PARALLEL_MIN_FILES files on). */
  parallel?: boolean;
  /** A config file to use instead of searching above each file. */
  configFile?: string;
  /** Use no config file at all. */
  noConfig?: boolean;
  /** Seconds one draft may take to check; past it, the draft is skipped with a reason (default 10; 0 for no limit). */
  maxFileTime?: number;
  /** Keep results of unchanged drafts in a cache file and reuse them (never with fix or fixDryRun). */
  cache?: boolean;
  /** The cache file, or a folder to hold .draftlintcache (default: .draftlintcache in cwd). */
  cacheLocation?: string;
  /** Called as each file that needs parsing is checked: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

const PARALLEL_MIN_FILES = 40;

/** A draft up to this size, alone in a run, is checked in this thread: a worker thread's start would cost more. */
export const SMALL_DRAFT = 64 * 1024;

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** What a run over files asks of the draftlint instance it belongs to. */
export interface FilesEngine {
  /** The rules, settings and vocabulary for one file, from its config; a bad config throws, naming the file. */
  setupFor(file: string): Promise<FileSetup>;
  /** Checks one draft in this thread with the setup given. */
  lint(input: { text: Uint8Array; filename: string }, options: KernelOptions, rules: Rule[]): Promise<LintResult>;
  fix(input: { text: Uint8Array; filename: string }, options: KernelOptions, rules: Rule[]): Promise<LintResult>;
  /** How a checking thread builds the same instance; undefined: check in this thread only. */
  workerSetup?: WorkerSetup;
}

export interface FileSetup {
  rules: Rule[];
  settings: Record<string, RuleSetting>;
  vocabulary?: ResolvedVocabulary;
  ignored: boolean;
}

export async function lintFilesWith(
  engine: FilesEngine,
  patterns: string[],
  options: LintFilesOptions = {},
): Promise<FilesResult> {
  const inThreads = engine.workerSetup !== undefined;
  const cwd = options.cwd ?? process.cwd();
  const { files, errors, ignored } = await expandPaths(patterns, cwd);
  // With several files, the first checking thread starts loading while they are read (none without a time budget,
  // unless many files are later shared out to several). One small file is checked in this thread, under a watchdog.
  let first = inThreads && options.maxFileTime !== 0 && files.length > 1 ? new Checker().warm() : undefined;
  // A fix goes through a symbolic link only to a file inside these: the folder the run is in, and the folders named.
  const roots = [cwd, ...(await directoriesAmong(patterns, cwd))];
  const prescan = !options.kind;
  const cache =
    options.cache && !options.fix && !options.fixDryRun
      ? await ResultCache.open(options.cacheLocation ?? join(cwd, DEFAULT_CACHE_LOCATION), packageVersion())
      : undefined;
  const cacheKeys: (string | undefined)[] = [];
  const day =
    options.now instanceof Date ? options.now.toISOString() : (options.now ?? new Date().toISOString().slice(0, 10));
  const skipped: FileError[] = ignored.map((filePath) => ({
    filePath,
    reason: 'ignored by .gitignore or .draftlintignore, not checked',
  }));

  // First pass, in this thread: read each file, answer what needs no parse (unreadable, or a page with nothing to report).
  const slots: ({ result?: LintResult; error?: FileError } | undefined)[] = new Array(files.length);
  const toCheck: { index: number; bytes: Uint8Array }[] = [];
  const perFile: (KernelOptions & { ruleList: Rule[] })[] = [];
  for (const [index, file] of files.entries()) {
    const setup = await engine.setupFor(resolve(cwd, file));
    if (setup.ignored) continue;
    const { rules } = setup;
    // Settings given in the call (the CLI's, a tool's) were folded in by the instance, over the config file's.
    const fileOptions = { ...options, rules: setup.settings, vocabulary: setup.vocabulary, ruleList: rules };
    perFile[index] = fileOptions;
    try {
      const bytes = await readDraft(resolve(cwd, file), file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      if (cache) {
        const key = ResultCache.key(
          bytes,
          { options: cacheSettings(fileOptions), details: options.details ?? false },
          day,
        );
        const kept = cache.get(resolve(cwd, file), key);
        if (kept) {
          slots[index] = { result: refreshed(kept, file) };
          continue;
        }
        cacheKeys[index] = key;
      }
      if (prescan && formatOf(file) === 'markdown' && !hasRuleOptions(fileOptions) && !hasVocabulary(fileOptions)) {
        const text = decodeText(bytes, file);
        if (
          !pageMayReport(
            text,
            rules.filter((rule) => setting(fileOptions, rule.meta.id) !== 'off'),
          )
        ) {
          slots[index] = { result: unparsedPageResult(text, file, options) };
          continue;
        }
      }
      toCheck.push({ index, bytes });
    } catch (error) {
      if (error instanceof EmptyInput) skipped.push({ filePath: file, reason: error.reason });
      else slots[index] = { error: { filePath: file, reason: failureReason(error) } };
    }
  }

  // Worker threads pay their own start-up (jieba's dictionary, the parsers), and parsing allocates so much that on
  // two cores the threads' garbage collectors slow each other down (bench/RESULTS.md): more than one from four
  // cores, for many drafts to parse. DRAFTLINT_WORKERS sets the count.
  const seconds = options.maxFileTime ?? DEFAULT_MAX_FILE_TIME;
  const here =
    inThreads &&
    toCheck.length === 1 &&
    toCheck[0].bytes.length <= SMALL_DRAFT &&
    seconds > 0 &&
    Number.isFinite(seconds) &&
    !stoppedHere();
  if (inThreads && options.maxFileTime !== 0 && !first && !here && toCheck.length > 0) first = new Checker();
  const cores = availableParallelism();
  const many = options.parallel !== false && toCheck.length >= PARALLEL_MIN_FILES;
  const threads = many ? Number(process.env.DRAFTLINT_WORKERS) || (cores >= 4 ? Math.min(cores - 1, 4) : 1) : 1;
  // Checked in a thread that can be stopped when it runs past its time; from TypeScript sources (the tests, with
  // their own lint functions) there is no compiled thread, and files are checked here.
  const lead = first ?? (inThreads && threads > 1 ? new Checker() : undefined);
  const checkers = lead
    ? [lead, ...Array.from({ length: Math.min(threads, toCheck.length) - 1 }, () => new Checker())]
    : [];
  const lintOptions = (index: number): LintOptions => {
    // The thread finds the same config itself; only the call's own settings travel.
    const { now, locale, kind, format, recipients, segmenter, reportUnusedDisableDirectives } = perFile[index];
    return { now, locale, kind, rules: options.rules, format, recipients, segmenter, reportUnusedDisableDirectives };
  };
  let done = 0;
  const failures: FileError[][] = [];
  let next = 0;
  const checkOne = async (checker?: Checker): Promise<void> => {
    while (next < toCheck.length) {
      const { index, bytes } = toCheck[next++];
      const file = files[index];
      try {
        const canWrite = options.fix && !options.fixDryRun && !file.toLowerCase().endsWith('.eml');
        const fixing = canWrite || options.fixDryRun;
        const input = { text: bytes, filename: file };
        const setup = engine.workerSetup;
        const { ruleList, ...kernel } = perFile[index];
        const check = () => (fixing ? engine.fix : engine.lint)(input, kernel, ruleList);
        const result =
          checker && setup
            ? await checker.run(fixing ? 'fix' : 'lint', input, lintOptions(index), setup, { seconds }, options.details)
            : here
              ? await withinBudget(seconds, file, async () => {
                  const checked = await check();
                  return watched(() => settleDocument(checked, options.details ?? false));
                })
              : settleDocument(await check(), options.details ?? false);
        if (canWrite && result.output !== undefined)
          await writeBack(resolve(cwd, file), result.output, bytes, file, roots);
        slots[index] = { result };
        // A rule that threw is the file's error too, so the run exits 2; the other rules' findings are reported.
        for (const d of result.diagnostics) {
          if (d.fatal) (failures[index] ??= []).push({ filePath: file, reason: d.message });
        }
      } catch (error) {
        // Whatever went wrong with this draft (its parser, an analysis, a rule, its time) is its own error; the
        // others go on.
        slots[index] = { error: { filePath: file, reason: failureReason(error) } };
      }
      options.onProgress?.(++done, toCheck.length);
    }
  };
  try {
    await Promise.all(lead ? checkers.map((checker) => checkOne(checker)) : [checkOne()]);
  } finally {
    await Promise.all(checkers.map((checker) => checker.close()));
  }
  if (cache) {
    for (const [index, key] of cacheKeys.entries()) {
      const result = slots[index]?.result;
      if (key && result && !namesItsReferenceDay(result)) cache.set(resolve(cwd, files[index]), key, result);
    }
    await cache.save();
  }
  return {
    results: slots.flatMap((slot) => (slot?.result ? [slot.result] : [])),
    errors: [...errors, ...slots.flatMap((slot, i) => (slot?.error ? [slot.error] : (failures[i] ?? [])))],
    skipped,
  };
}

/** The settings a result depends on, beside the draft itself. */
function cacheSettings(options: KernelOptions & { ruleList: Rule[] }): unknown {
  const { now, locale, kind, rules, format, recipients, segmenter, reportUnusedDisableDirectives, vocabulary } =
    options;
  const ruleIds = options.ruleList.map((rule) => rule.meta.id);
  return {
    now,
    locale,
    kind,
    rules,
    format,
    recipients,
    segmenter,
    reportUnusedDisableDirectives,
    vocabulary,
    ruleIds,
  };
}

/** A kept result as this run would give it: its path as named now, and the clock read now when the clock decided. */
function refreshed(kept: LintResult, file: string): LintResult {
  const reference = kept.document.reference;
  const now = reference.source === 'clock' ? { ...reference, time: new Date().toISOString() } : reference;
  return { ...kept, filePath: file, document: { ...kept.document, reference: now } };
}

/** Whether a draft names a clock time on the day it is checked on: whether it is past changes by the hour, so it is not kept. */
function namesItsReferenceDay(result: LintResult): boolean {
  const { time, offsetMinutes } = result.document.reference;
  const local = new Date(new Date(time).getTime() + offsetMinutes * 60_000);
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  // On a page, "today" and "Tuesday" belong to no known day, and no rule reads them as one: only written dates count.
  const page = result.document.format === 'markdown';
  return result.document.times.some(
    (t) =>
      t.startTime &&
      !t.recurring &&
      (!page || t.dayKind === 'absolute') &&
      t.date?.year === year &&
      t.date.month === month &&
      t.date.day === day,
  );
}

async function directoriesAmong(patterns: string[], cwd: string): Promise<string[]> {
  const found = await Promise.all(
    patterns.map(async (p) =>
      (await stat(resolve(cwd, p)).catch(() => undefined))?.isDirectory() ? [resolve(cwd, p)] : [],
    ),
  );
  return found.flat();
}

// Rule options (extra words) are not visible to the pre-scan: with any, every page is parsed.
function hasRuleOptions(options: KernelOptions): boolean {
  return Object.values(options.rules ?? {}).some(
    (value) => Array.isArray(value) && value[1] && Object.keys(value[1]).length > 0,
  );
}

function hasVocabulary(options: KernelOptions): boolean {
  const v = options.vocabulary;
  return Boolean(v && (v.people.length || v.places.length || v.groups.length || v.accept.length));
}

function setting(options: KernelOptions, id: string): unknown {
  const value = options.rules?.[id];
  return Array.isArray(value) ? value[0] : value;
}

/** A draft file's bytes: regular files only, at most `limit` bytes read, with a one-line reason otherwise. */
export async function readDraft(path: string, label: string, limit: number): Promise<Buffer> {
  const fail = (error: NodeJS.ErrnoException): never => {
    throw new InputError(READ_ERRORS[error.code ?? ''] ?? error.message, label);
  };
  // A device, FIFO or socket named on the command line is no draft: /dev/zero never ends, a FIFO blocks on open.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? fail({ ...error, code: 'MISSING' }) : fail(error),
  );
  if (!info.isFile()) throw new InputError(`skipped: ${nonRegular(info)}, not a regular file`, label);
  if (info.size > limit)
    throw new InputError(`skipped: ${info.size} bytes, over the ${limit}-byte limit for a draft`, label);
  // Non-blocking, so a file swapped for a FIFO after the check cannot hang the open; checked again on the handle.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(fail);
  try {
    if (!(await handle.stat()).isFile()) throw new InputError('skipped: not a regular file', label);
    // The bytes actually read count, not the size the file claims: a file that grows while read stops at the limit.
    const chunks: Buffer[] = [];
    let size = 0;
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null).catch(fail);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > limit) throw new InputError(`skipped: over the ${limit}-byte limit for a draft`, label);
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    if (size === 0) throw new EmptyInput(label);
    return Buffer.concat(chunks, size);
  } finally {
    await handle.close();
  }
}

function nonRegular(info: Stats): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a directory';
  return 'special file';
}

const READ_ERRORS: Record<string, string> = {
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  MISSING: 'no such file',
  ENOENT: 'no such file (a broken link, or removed while checking)',
  ELOOP: 'a loop of symbolic links',
};
