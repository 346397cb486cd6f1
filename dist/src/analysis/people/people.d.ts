import type { Address, Block } from '../../document/types.js';
import type { Token } from '../tokens/tokens.js';
/** A person named in the draft. */
export interface Person {
    name: string;
    block: number;
    start: number;
    end: number;
    /**
     * How it was found: jieba's person tag, a name with a title, a recipient's name, an @handle, a given name, a
     * familiar form (小X, 老X, X哥, X姐), a vocative ("Ralph," alone on its line), or a capitalised word standing where a
     * person stands ("who Cartag is", "Cartag is editing …"), which may also be a product or a place; or a name from the team's vocabulary.
     */
    source: 'jieba' | 'title' | 'recipient' | 'handle' | 'given-name' | 'familiar' | 'vocative' | 'subject' | 'vocabulary';
}
/** An English given name that is seldom an ordinary word: Bob, Karen, Dana. */
export declare function isGivenName(word: string): boolean;
/** A capitalised word that is a pronoun, a determiner, a greeting or a sentence opener, never a name. */
export declare function isNeverAName(word: string): boolean;
export declare function findPeople(blocks: Block[], recipients: Address[], tokensOf: (block: Block) => Token[], 
/** The team's own names (its vocabulary): a person wherever they appear. */
colleagues?: string[]): Person[];
