import type { LintResult } from './lint.js';
export declare const DEFAULT_CACHE_LOCATION = ".draftlintcache";
export declare class ResultCache {
    private readonly path;
    private readonly version;
    private readonly entries;
    private changed;
    private constructor();
    /** Opens the cache at a path (a folder holds it as .draftlintcache); a missing, unreadable or older one starts empty. */
    static open(location: string, version: string): Promise<ResultCache>;
    /** What decides a result: the draft's bytes, the settings for it, and the day (the reference day) it is checked on. */
    static key(bytes: Uint8Array, settings: unknown, day: string): string;
    get(file: string, key: string): LintResult | undefined;
    set(file: string, key: string, result: LintResult): void;
    /** Writes the cache through a temporary file, so a run that is stopped never leaves half of one. */
    save(): Promise<void>;
}
