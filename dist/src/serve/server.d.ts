import { type Server } from 'node:http';
export interface ServeOptions {
    port: number;
    host: string;
    now?: string;
    /** Seconds one draft may take to check (default 10). */
    maxFileTime?: number;
}
export declare function startPlayground(options: ServeOptions): Promise<Server>;
