import { Command } from 'commander';
export type Preset = 'docs' | 'email';
/** What the repository holds decides the preset: any .eml or .txt draft makes it an email repository. */
export declare function choosePreset(cwd: string): Promise<{
    preset: Preset;
    evidence: string;
}>;
export declare function initCommand(say: (text: string) => void): Command;
