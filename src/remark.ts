// draftlint as a remark plugin: `remark --use draftlint/remark docs/` reports through vfile messages, beside
// remark-lint's, with each rule's id, severity and docs link.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lint } from './index.js';
import type { LintOptions } from './lint.js';

export default function remarkDraftlint(options: LintOptions = {}) {
  return async (_tree: Root, file: VFile): Promise<void> => {
    const result = await lint({ text: String(file.value), filename: file.path || 'document.md' }, options);
    for (const d of result.diagnostics) {
      const message = file.message(d.message, {
        place: { start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn } },
        ruleId: d.ruleId,
        source: 'draftlint',
      });
      message.url = d.url;
      message.fatal = d.severity === 2 ? true : d.severity === 1 ? false : undefined;
    }
  };
}
