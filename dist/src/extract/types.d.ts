import type { DocumentKind, Language } from '../document/types.js';
/** Where a value came from in the source: 1-based lines and columns, end exclusive. */
export interface Span {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** One extracted value, the text it came from, and how sure the extraction is (0–1). */
export interface Found {
    value: string;
    span?: Span;
    confidence: number;
    /** How it was found: a label (`主題：`), a header, a heading, the time or place analysis, a sentence. */
    source: 'label' | 'header' | 'subject' | 'heading' | 'times' | 'places' | 'sentence' | 'computed';
}
export interface Person extends Found {
    address?: string;
}
export interface ZoneChoice {
    /** The zone as written or given: PT, 北京时间, Asia/Taipei, +08:00. */
    name: string;
    /** The offset of the start, as in ISO 8601: +08:00. */
    offset: string;
    /** An explicit zone in the text wins, then --tz, then the Date header's offset, then --now's, then this computer's zone. */
    source: 'text' | 'option' | 'date-header' | 'now' | 'system';
}
export interface When extends Found {
    /** ISO 8601 with the offset: 2026-12-16T09:00:00+08:00. */
    start: string;
    end?: string;
    timezone: ZoneChoice;
    /** A clock that does not say morning or afternoon (明天3点): both readings, `start` being the likelier. */
    clock?: {
        written: string;
        likely: 'am' | 'pm';
        readings: {
            half: 'am' | 'pm';
            start: string;
            end?: string;
        }[];
    };
}
export interface Where {
    place?: Found;
    link?: Found;
    meetingId?: Found;
}
export interface Extraction {
    filePath?: string;
    kind: DocumentKind;
    language: Language;
    what?: Found;
    why?: Found;
    who: {
        organizer?: Person;
        attendees: Person[];
        contact?: Found;
    };
    when?: When;
    where: Where;
    how?: Found;
    howMuch: {
        duration?: Found & {
            minutes: number;
        };
        cost?: Found;
    };
    /** The 5W2H elements not found: what, why, who, when, where, how, how-much. */
    missing: string[];
}
