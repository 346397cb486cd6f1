import type { Block, DocumentKind, ParsedInput } from '../document/types.js';
import type { Analyses } from './analyses.js';
import { type Genre } from './genre.js';
import type { CalendarDate, Reference } from './times/calendar.js';
export interface DocumentProfile {
    genre: Genre;
    kind: DocumentKind;
    /** How strongly the signals say "meeting notice"; 0 where the kind was set rather than detected. */
    score: number;
    /** The signals that decided the kind, or where it was set. */
    reasons: string[];
    /** For a notice: one meeting on one day, or a standing meeting that repeats. */
    meeting?: 'one-off' | 'standing';
    /** The page carries its own date (front matter, its file name, a dated title), which relative days hang on. */
    dated: boolean;
    /**
     * Who reads it: a group, how many recipients, and whether it is open to anyone — a page (a SIG's meetings section,
     * an event page) calls whoever reads it, so there is nobody in particular to confirm attendance.
     */
    audience: {
        group: boolean;
        size: number;
        open: boolean;
    };
}
export interface ProfileInput {
    parsed: ParsedInput;
    blocks: Block[];
    analyses: Analyses;
    reference: Reference;
    documentDate?: CalendarDate;
    /** --kind, or the library's `kind` option. */
    kind?: DocumentKind;
}
export declare function profileDocument({ parsed, blocks, analyses, reference, documentDate, kind, }: ProfileInput): DocumentProfile;
