import type { Config } from './config.js';
export declare const PRESETS: Record<string, Config>;
