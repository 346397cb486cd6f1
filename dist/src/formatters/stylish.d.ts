import type { FormatterInput } from './types.js';
/** ESLint's stylish layout: one group per file, line:col, severity, message, rule id, and how to fix it. */
export declare function formatStylish({ results, color }: FormatterInput): string;
