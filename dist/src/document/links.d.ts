import type { Link } from './types.js';
export declare function findBareUrls(text: string): Link[];
