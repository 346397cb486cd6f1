export interface VocabularyPerson {
    /** The names the person goes by: 小王, "Sam", "Sam Lee". */
    names: string[];
    role?: string;
}
export interface Vocabulary {
    /** Colleagues: a name here is a person, wherever it appears. */
    people?: (string | VocabularyPerson)[];
    /** Rooms and places that count as a meeting's where: "Lotus room", 3F-大會議室. */
    places?: string[];
    /** Addresses and channels that reach many readers: eng-all@example.com, eng-all@, #general. */
    groups?: string[];
    /** Phrases no rule reports a word inside: "coming soon", 稍後再議. */
    accept?: string[];
}
/** The vocabulary as the analyses read it: plain lists, names lower-cased where matching ignores case. */
export interface ResolvedVocabulary {
    people: {
        names: string[];
        role?: string;
    }[];
    places: string[];
    groups: string[];
    accept: string[];
}
export declare const EMPTY_VOCABULARY: ResolvedVocabulary;
/** Checks a vocabulary's shape; `where` names it in errors (a config file and key). */
export declare function validateVocabulary(raw: unknown, where: string): Vocabulary;
/** Vocabularies merged in order: lists are joined, nothing is lost. */
export declare function mergeVocabularies(...vocabularies: (Vocabulary | undefined)[]): ResolvedVocabulary;
