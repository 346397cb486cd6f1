import type { Root } from 'mdast';
export declare function parseBounded(parse: (source: string) => Root, source: string): Root;
