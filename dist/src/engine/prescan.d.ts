import type { Rule } from './rule.js';
/**
 * Whether a Markdown page could get any report, read from its raw text without parsing it: a page that is no
 * meeting notice, names no recipients or attachments and holds no word any rule checks on pages needs no parse.
 * Most documentation pages are such pages, and parsing is most of the cost of checking them.
 */
export declare function pageMayReport(text: string, rules: Rule[]): boolean;
