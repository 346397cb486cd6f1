import type { Config } from '../src/config/config.js';
export declare const PRESETS: Record<string, Config>;
