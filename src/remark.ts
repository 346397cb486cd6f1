// draftlint as a remark plugin: `remark --use draftlint/remark docs/` reports through vfile messages, beside
// remark-lint's, with each rule's id, severity and docs link.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { createDraftlint, type Draftlint } from './draftlint.js';
import type { LintOptions } from './lint.js';

export interface RemarkDraftlintOptions extends LintOptions {
  /** A config file to use instead of the nearest one above each file. */
  configFile?: string;
  /** Read no config file. */
  noConfig?: boolean;
}

export default function remarkDraftlint(options: RemarkDraftlintOptions = {}) {
  const { configFile, noConfig, ...lintOptions } = options;
  let draftlint: Promise<Draftlint> | undefined;
  return async (_tree: Root, file: VFile): Promise<void> => {
    draftlint ??= createDraftlint({ configFile, noConfig, cwd: file.cwd });
    const input = { text: String(file.value), filename: file.path || 'document.md' };
    const result = await (await draftlint).lintText(input, lintOptions);
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
