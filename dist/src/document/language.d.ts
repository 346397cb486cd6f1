import { type ScriptCounts } from '../analysis/script/han.js';
import type { Language } from './types.js';
export declare function isChinese(counts: ScriptCounts): boolean;
/** Language of each block, and of the whole draft; a Chinese block with no script-specific character takes the draft's script. */
export declare function detectLanguages(texts: string[]): {
    blocks: Language[];
    document: Language;
};
