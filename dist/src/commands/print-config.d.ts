import type { Rule } from '../engine/rule.js';
export interface PrintConfigOptions {
    configFile?: string;
    noConfig?: boolean;
}
export declare function printConfig(file: string, rules: Rule[], options: PrintConfigOptions): Promise<string>;
