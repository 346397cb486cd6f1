import type { Language } from '../../src/document/types.js';
export type Element = 'when' | 'where' | 'who' | 'what' | 'why' | 'how' | 'how-much';
export declare const TEMPLATES: Record<Element, Record<Language, string>>;
export declare const BLANK_DATE: Record<Language, string>;
