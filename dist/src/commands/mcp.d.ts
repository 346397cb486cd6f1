import { Command } from 'commander';
export declare function mcpCommand(version: string): Command;
