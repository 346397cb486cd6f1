import { Command } from 'commander';
export declare function serveCommand(write: (text: string) => unknown): Command;
