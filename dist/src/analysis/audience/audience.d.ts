import type { Address, Block, Headers } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
/** Who reads the draft: how many, whether a group, and the signals that say so. */
export interface Audience {
    size: number;
    group: boolean;
    recipients: Address[];
    evidence: string[];
}
/** all@, all-staff@, dev-team@, eng-all@: a list reaches everyone on it. */
export declare function isListAddress(address: string): boolean;
export declare function analyseAudience(headers: Headers, blocks: Block[], tokensOf: (block: Block) => Token[]): Audience;
