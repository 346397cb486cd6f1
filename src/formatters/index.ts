import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish: formatStylish, json: formatJson };
export type { Formatter, FormatterInput } from './types.js';
