import type { Language } from '../../document/types.js';
export type LexiconLanguage = 'zh' | 'en';
export type ExceptionKind = 'alternation' | 'followed-by' | 'preceded-by' | 'sentence-has';
/** A context in which a form does not mean what the entry flags. */
export interface LexiconException {
    kind: ExceptionKind;
    patterns: string[];
    /** Why the exception exists, quoting the sentence that needed it. */
    why?: string;
}
export interface LexiconEntry {
    id: string;
    forms: string[];
    /** 0–2, how sure a match is a real problem; rules skip entries below their `minConfidence`. */
    confidence: number;
    /** Also flag it in documentation pages, not only in messages: true for words that never describe software. */
    pages: boolean;
    /** A form only one region uses. */
    region?: 'zh-Hant' | 'zh-Hans';
    exceptions: LexiconException[];
    hint?: Partial<Record<Language, string>>;
    note?: string;
    examples: {
        flag: string[];
        allow: string[];
    };
    /** Where the entry was defined, for error messages. */
    origin: string;
}
export declare class LexiconError extends Error {
}
/** Reads and validates a lexicon file once; each top-level key is a list of entries. Errors name the file and line. */
export declare function loadLexicon(url: URL | string): Record<string, LexiconEntry[]>;
export declare function parseLexicon(text: string, origin: string): Record<string, LexiconEntry[]>;
export declare function validateEntry(raw: unknown, where: string, seen?: Set<string>): LexiconEntry;
/** The form as matched: Chinese forms against the Simplified view, English ones case-insensitively. */
export declare function normaliseForm(form: string, language: LexiconLanguage): string;
