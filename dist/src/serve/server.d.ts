import { type Server } from 'node:http';
export interface ServeOptions {
    port: number;
    host: string;
    now?: string;
}
export declare function startPlayground(options: ServeOptions): Promise<Server>;
