import type { FormatterInput } from './types.js';
/** ESLint's JSON shape, with draftlint's `document` (kind and why, language, times) beside each file's messages. */
export declare function formatJson({ results }: FormatterInput): string;
