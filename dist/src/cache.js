// `--cache`: the results of drafts that have not changed since the last run, kept in one file (.draftlintcache by
// default, as ESLint keeps .eslintcache). An entry is used only when the draft's bytes, the settings that apply to
// it, draftlint's version and the day it is checked on are all the same; a draft that names that very day is never
// kept, since whether its time is past changes by the hour.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
export const DEFAULT_CACHE_LOCATION = '.draftlintcache';
const FORMAT = 1;
export class ResultCache {
    path;
    version;
    entries;
    changed = false;
    constructor(path, version, entries) {
        this.path = path;
        this.version = version;
        this.entries = entries;
    }
    /** Opens the cache at a path (a folder holds it as .draftlintcache); a missing, unreadable or older one starts empty. */
    static async open(location, version) {
        let path = resolve(location);
        if (location.endsWith('/') || location.endsWith('\\'))
            path = join(path, DEFAULT_CACHE_LOCATION);
        let entries = {};
        try {
            const stored = JSON.parse(await readFile(path, 'utf8'));
            if (stored.format === FORMAT &&
                stored.version === version &&
                stored.entries &&
                typeof stored.entries === 'object') {
                entries = stored.entries;
            }
        }
        catch {
            // No cache yet, or one this version cannot read: it is rebuilt.
        }
        return new ResultCache(path, version, entries);
    }
    /** What decides a result: the draft's bytes, the settings for it, and the day (the reference day) it is checked on. */
    static key(bytes, settings, day) {
        return createHash('sha256')
            .update(bytes)
            .update('\0')
            .update(JSON.stringify(settings) ?? '')
            .update('\0')
            .update(day)
            .digest('hex');
    }
    get(file, key) {
        const entry = this.entries[resolve(file)];
        return entry?.key === key ? entry.result : undefined;
    }
    set(file, key, result) {
        this.entries[resolve(file)] = { key, result };
        this.changed = true;
    }
    /** Writes the cache through a temporary file, so a run that is stopped never leaves half of one. */
    async save() {
        if (!this.changed)
            return;
        const stored = { format: FORMAT, version: this.version, entries: this.entries };
        const temporary = join(dirname(this.path), `.draftlintcache-${randomBytes(6).toString('hex')}.tmp`);
        try {
            await mkdir(dirname(this.path), { recursive: true });
            await writeFile(temporary, JSON.stringify(stored), { flag: 'wx' });
            await rename(temporary, this.path);
        }
        catch (error) {
            await unlink(temporary).catch(() => undefined);
            throw error;
        }
    }
}
