import { Command } from 'commander';
export declare const DEFAULT_MAX_DRAFT_SIZE: number;
export declare function mcpCommand(version: string): Command;
