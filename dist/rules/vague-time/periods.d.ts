import { type Reference } from '../../src/analysis/times/calendar.js';
import type { TimeExpression } from '../../src/analysis/times/types.js';
import type { Block } from '../../src/document/types.js';
/** The periods in `times` that stand for a day the writer has not named. */
export declare function periodsWithoutDay(times: TimeExpression[], blocks: Block[], reference: Reference): TimeExpression[];
