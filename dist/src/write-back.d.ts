/**
 * Writes `text` over `path`, which held `original` when it was read. A symbolic link is written through when its
 * target lies inside one of `within` (the folders being checked) and refused otherwise. A file nobody may write is
 * left unchanged. A file with other hard links, or one owned by someone the new file could not be given to, is
 * rewritten in place (a new file would split the link or change the owner); any other file goes through a temporary
 * file beside it, with an unpredictable name opened exclusively, renamed over it: a reader, or a run killed
 * half-way, sees the old file or the new one.
 */
export declare function writeBack(path: string, text: string, original: Uint8Array, label: string, within: string[]): Promise<void>;
