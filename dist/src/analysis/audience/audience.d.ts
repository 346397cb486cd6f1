import type { Address, Block, Headers } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
/** Who reads the draft: how many, whether a group, and the signals that say so. */
export interface Audience {
    size: number;
    group: boolean;
    /**
     * Who the text speaks to: a `group`, `one` person (one recipient, or a greeting to one name such as "Hi Bob,"
     * or 王經理：), or `unknown` (no recipients and no greeting: a post whoever finds it reads).
     */
    addressee: 'group' | 'one' | 'unknown';
    /** Whether the text opens by greeting its readers (各位好：, "Hi all,", "Dear Dana,"), which a page does not. */
    greeted: boolean;
    recipients: Address[];
    evidence: string[];
}
/** all@, all-staff@, dev-team@, eng-all@: a list reaches everyone on it. */
export declare function isListAddress(address: string): boolean;
export declare function analyseAudience(headers: Headers, blocks: Block[], tokensOf: (block: Block) => Token[], 
/** The team's group addresses and channels (its vocabulary): eng-all@, eng-all@example.com, #general. */
teamGroups?: string[]): Audience;
