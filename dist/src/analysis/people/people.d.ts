import type { Address, Block } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
/** A person named in the draft. */
export interface Person {
    name: string;
    block: number;
    start: number;
    end: number;
    /** How it was found: jieba's person tag, a name with a title, a recipient's name, an @handle, a given name. */
    source: 'jieba' | 'title' | 'recipient' | 'handle' | 'given-name' | 'vocabulary';
}
/** An English given name that is seldom an ordinary word: Bob, Karen, Dana. */
export declare function isGivenName(word: string): boolean;
export declare function findPeople(blocks: Block[], recipients: Address[], tokensOf: (block: Block) => Token[], 
/** The team's own names (its vocabulary): a person wherever they appear. */
colleagues?: string[]): Person[];
