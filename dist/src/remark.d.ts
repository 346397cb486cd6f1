import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LintOptions } from './lint.js';
export interface RemarkDraftlintOptions extends LintOptions {
    /** A config file to use instead of the nearest one above each file. */
    configFile?: string;
    /** Read no config file. */
    noConfig?: boolean;
}
export default function remarkDraftlint(options?: RemarkDraftlintOptions): (_tree: Root, file: VFile) => Promise<void>;
