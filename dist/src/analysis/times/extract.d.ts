import type { Language, Link } from '../../document/types.js';
import { type Reference } from './calendar.js';
import type { TimeExpression } from './types.js';
export declare function extractBlockTimes(text: string, language: Language, reference: Reference, block?: number, links?: Link[]): TimeExpression[];
