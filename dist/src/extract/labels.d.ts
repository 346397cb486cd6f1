export type LabelledElement = 'what' | 'why' | 'organizer' | 'contact' | 'attendees' | 'where' | 'how' | 'cost' | 'duration';
export declare const LABELS: Record<LabelledElement, {
    zh: string[];
    en: string[];
}>;
/** Sentences that state a purpose or a way to take part, where no label does. */
export declare const PROSE_CUES: {
    why: RegExp;
    how: RegExp;
    free: RegExp;
    ends: RegExp;
};
