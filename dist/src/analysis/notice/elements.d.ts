import type { Block, Headers } from '../../document/types.js';
import type { DocumentProfile } from '../profile.js';
import type { ResolvedVocabulary } from '../../config/vocabulary.js';
import { type Evidence, type Places } from '../meeting/places.js';
import type { Token } from '../tokens/tokens.js';
import type { TimeExpression } from '../times/types.js';
import { type LabelledValue } from './labels.js';
import { type WhenJudgement } from './when.js';
export type NoticeElement = 'when' | 'where' | 'who' | 'what' | 'why' | 'how' | 'how-much';
export declare const NOTICE_ELEMENTS: readonly NoticeElement[];
export interface ElementEvidence extends Evidence {
    source: 'label' | 'header' | 'front-matter' | 'subject' | 'heading' | 'times' | 'places' | 'cue' | 'sentence';
    /** 0–1. */
    confidence: number;
}
export interface NoticeElements {
    /** What answers each element, where something does. */
    found: Partial<Record<NoticeElement, ElementEvidence>>;
    /** The elements this notice is asked for: all seven, or a standing meeting's page only its day, time and way in. */
    asked: NoticeElement[];
    /** Asked and not found, in the order of NOTICE_ELEMENTS. */
    missing: NoticeElement[];
    when: WhenJudgement;
    /** Why the place is missing: promised elsewhere, vague (老地方), a platform with no link, or a label still blank. */
    where: {
        deferred?: Evidence;
        vague?: Evidence;
        platform?: Evidence;
    };
    places: Places;
    labels: LabelledValue[];
}
export interface NoticeInput {
    blocks: Block[];
    headers: Headers;
    profile: Pick<DocumentProfile, 'genre' | 'meeting'>;
    /** An event page's front matter (`start: 22 September 2013 10:00`, `location: Boston`) answers when and where too. */
    frontMatter?: Record<string, unknown>;
    times: TimeExpression[];
    tokensOf: (block: Block) => Token[];
    /** The team's vocabulary: its rooms count as places. */
    vocabulary?: Pick<ResolvedVocabulary, 'places'>;
}
export declare function findNoticeElements(input: NoticeInput): NoticeElements;
