import { lint } from './index.js';
export default function remarkDraftlint(options = {}) {
    return async (_tree, file) => {
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
