import { createDraftlint } from './draftlint.js';
export default function remarkDraftlint(options = {}) {
    const { configFile, noConfig, ...lintOptions } = options;
    let draftlint;
    return async (_tree, file) => {
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
