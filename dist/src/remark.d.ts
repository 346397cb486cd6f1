import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LintOptions } from './lint.js';
export default function remarkDraftlint(options?: LintOptions): (_tree: Root, file: VFile) => Promise<void>;
