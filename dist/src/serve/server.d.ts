import { type Server } from 'node:http';
import type { Draftlint } from '../draftlint.js';
export interface ServeOptions {
    port: number;
    host: string;
    now?: string;
    /** Seconds one draft may take to check (default 10). */
    maxFileTime?: number;
    /** The draftlint that checks the drafts: its config, plugins and vocabulary. */
    draftlint: Draftlint;
}
export declare function startPlayground(options: ServeOptions): Promise<Server>;
