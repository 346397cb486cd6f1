import type { Draftlint } from '../draftlint.js';
import type { LintFilesOptions } from '../files.js';
export interface InteractiveIo {
    stdin: NodeJS.ReadableStream;
    stdout: NodeJS.WritableStream;
}
export declare function interactive(draftlint: Draftlint, paths: string[], options: LintFilesOptions & {
    color: boolean;
}, io: InteractiveIo): Promise<number>;
