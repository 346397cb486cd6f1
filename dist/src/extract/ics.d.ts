import type { Extraction } from './types.js';
export declare class IncompleteNoticeError extends Error {
    readonly missing: string[];
    constructor(missing: string[]);
}
export declare function toICalendar(extraction: Extraction, options?: {
    now?: Date;
}): string;
