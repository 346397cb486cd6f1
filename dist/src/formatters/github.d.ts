import type { FormatterInput } from './types.js';
/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff. */
export declare function formatGithub({ results }: FormatterInput): string;
