// `--cache`: the results of drafts that have not changed since the last run, kept in one file (.draftlintcache by
// default, as ESLint keeps .eslintcache). An entry is used only when the draft's bytes, the settings that apply to
// it, draftlint's version and the day it is checked on are all the same; a draft that names that very day is never
// kept, since whether its time is past changes by the hour.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { LintResult } from './lint.js';

export const DEFAULT_CACHE_LOCATION = '.draftlintcache';
const FORMAT = 1;

interface Entry {
  key: string;
  result: LintResult;
}

interface Stored {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

export class ResultCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** Opens the cache at a path (a folder holds it as .draftlintcache); a missing, unreadable or older one starts empty. */
  static async open(location: string, version: string): Promise<ResultCache> {
    let path = resolve(location);
    if (location.endsWith('/') || location.endsWith('\\')) path = join(path, DEFAULT_CACHE_LOCATION);
    let entries: Record<string, Entry> = {};
    try {
      const stored = JSON.parse(await readFile(path, 'utf8')) as Stored;
      if (
        stored.format === FORMAT &&
        stored.version === version &&
        stored.entries &&
        typeof stored.entries === 'object'
      ) {
        entries = stored.entries;
      }
    } catch {
      // No cache yet, or one this version cannot read: it is rebuilt.
    }
    return new ResultCache(path, version, entries);
  }

  /** What decides a result: the draft's bytes, the settings for it, and the day (the reference day) it is checked on. */
  static key(bytes: Uint8Array, settings: unknown, day: string): string {
    return createHash('sha256')
      .update(bytes)
      .update('\0')
      .update(JSON.stringify(settings) ?? '')
      .update('\0')
      .update(day)
      .digest('hex');
  }

  get(file: string, key: string): LintResult | undefined {
    const entry = this.entries[resolve(file)];
    return entry?.key === key ? entry.result : undefined;
  }

  set(file: string, key: string, result: LintResult): void {
    this.entries[resolve(file)] = { key, result };
    this.changed = true;
  }

  /** Writes the cache through a temporary file, so a run that is stopped never leaves half of one. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const stored: Stored = { format: FORMAT, version: this.version, entries: this.entries };
    const temporary = join(dirname(this.path), `.draftlintcache-${randomBytes(6).toString('hex')}.tmp`);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, JSON.stringify(stored), { flag: 'wx' });
      await rename(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}
