import type { Root } from 'mdast';
/** Below this, a page is parsed whole. */
export declare const PIECE_SIZE: number;
interface Cut {
    /** Offsets where pieces start (the first is 0). */
    starts: number[];
    /** The page's link reference definitions, one per line, to append to each piece. */
    definitions: string;
}
/** Where a long page can be cut, or undefined when it is parsed whole. */
export declare function cutPage(source: string): Cut | undefined;
/** Parses a page in pieces (as cutPage finds them), giving the tree a whole parse would give. */
export declare function parseInPieces(parse: (text: string) => Root, source: string, cut: Cut): Root;
export {};
