import type { ResolvedVocabulary } from '../config/vocabulary.js';
import type { Block, DocumentKind, Language, ParsedInput } from './types.js';
import type { Reference } from '../analysis/times/calendar.js';
import type { Genre } from '../analysis/genre.js';
import type { DocumentProfile } from '../analysis/profile.js';
export interface Document extends Omit<ParsedInput, 'blocks'> {
    blocks: Block[];
    /** The draft's dominant language: the locale of its messages unless `--locale` says otherwise. */
    language: Language;
    reference: Reference;
    /** What the document is, decided once; `genre`, `kind` and `kindReasons` repeat its answers. */
    profile: DocumentProfile;
    genre: Genre;
    kind: DocumentKind;
    /** The signals that decided the kind, or where it was set. */
    kindReasons: string[];
    /** The team's own people, places, groups and accepted phrases, from the config. */
    vocabulary: ResolvedVocabulary;
}
export declare function withLanguages(parsed: ParsedInput): {
    blocks: Block[];
    language: Language;
};
export declare function kindFromFrontMatter(frontMatter: Record<string, unknown> | undefined): DocumentKind | undefined;
