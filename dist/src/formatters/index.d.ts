import type { Formatter } from './types.js';
export declare const formatters: Record<string, Formatter>;
export type { Formatter, FormatterInput } from './types.js';
