import type { Analyses } from '../analysis/analyses.js';
import type { Document } from '../document/document.js';
import type { Extraction } from './types.js';
export interface ExtractOptions {
    /** The zone for times written without one: an IANA name (Asia/Taipei), an offset (+08:00) or a name (PT). */
    tz?: string;
}
export declare function extractNotice(document: Document, analyses: Analyses, options?: ExtractOptions): Extraction;
