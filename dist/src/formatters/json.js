/** ESLint's JSON shape, with draftlint's `document` (kind and why, language, times) beside each file's messages. */
export function formatJson({ results }) {
    return JSON.stringify(results.map(toJson), null, 2);
}
const LEVELS = { 0: 'info', 1: 'warning', 2: 'error' };
function toJson(result) {
    return {
        filePath: result.filePath ?? '<text>',
        // ESLint's severities: 2 error, 1 warning. Information has no number of its own there (0 means off, and
        // ESLint-format tools drop it), so it is 1 too, and `level` says which of the three every message is.
        messages: result.diagnostics.map(({ locale, severity, ...message }) => ({
            ...message,
            severity: severity === 0 ? 1 : severity,
            level: LEVELS[severity],
        })),
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        infoCount: result.infoCount,
        fixableErrorCount: result.fixableErrorCount,
        fixableWarningCount: result.fixableWarningCount,
        ...(result.output !== undefined ? { output: result.output } : {}),
        document: {
            format: result.document.format,
            kind: result.document.kind,
            kindReasons: result.document.kindReasons,
            profile: result.document.profile,
            language: result.document.language,
            reference: result.document.reference,
            writable: result.document.writable,
            ...(result.document.audience
                ? {
                    audience: {
                        size: result.document.audience.size,
                        group: result.document.audience.group,
                        evidence: result.document.audience.evidence,
                    },
                }
                : {}),
            ...(result.document.people
                ? {
                    people: result.document.people.map((person) => ({
                        name: person.name,
                        line: person.line,
                        column: person.column,
                        source: person.source,
                    })),
                }
                : {}),
            ...(result.document.attachments ? { attachments: result.document.attachments } : {}),
            times: result.document.times.map((time) => ({
                text: time.text,
                line: time.line,
                column: time.column,
                date: time.date,
                dayKind: time.dayKind,
                weekday: time.weekday?.value,
                startTime: time.startTime,
                endTime: time.endTime,
                recurring: time.recurring,
                timezone: time.timezone?.text,
                period: time.period,
                deadline: time.deadline,
            })),
        },
    };
}
