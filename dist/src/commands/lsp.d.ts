import { Command } from 'commander';
export declare function lspCommand(): Command;
