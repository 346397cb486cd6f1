import type { Block } from '../../document/types.js';
import { type Person } from '../people/people.js';
import type { ToneMatch } from './tone.js';
/** Blame the writer aims at a named person: by the name in its clause, or by a pronoun standing for one. */
export interface NamedBlame {
    block: Block;
    blame: ToneMatch;
    person: Person;
    /** The name stands in the blame's own clause (and can be taken out); otherwise a pronoun stands for it. */
    inClause: boolean;
}
/**
 * Each named person blamed once per sentence, in the writer's own tone words (already filtered to the writer's
 * own). Praise in the same sentence, or of the same person anywhere, means the person is not attacked.
 */
export declare function findNamedBlame(blocks: Block[], tones: Map<number, ToneMatch[]>, people: Person[]): NamedBlame[];
