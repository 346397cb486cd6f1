import type { Parser } from 'chrono-node';
export declare const EN_PARSERS: Parser[];
