const LEVEL = { 2: 'error', 1: 'warning', 0: 'note' };
const DEFAULT_LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** SARIF 2.1.0, for code-scanning dashboards: one run, the rules with their descriptions and docs, one result each. */
export function formatSarif({ results, rules, version }) {
    const ruleIds = rules.map((rule) => rule.meta.id);
    const extra = [
        ...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)).filter((id) => !ruleIds.includes(id))),
    ];
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'draftlint',
                        version,
                        rules: [
                            ...rules.map(({ meta }) => ({
                                id: meta.id,
                                shortDescription: { text: meta.docs.description.en },
                                fullDescription: { text: meta.docs.description.en },
                                helpUri: meta.docs.url,
                                help: { text: `${meta.docs.description.en} See ${meta.docs.url}.` },
                                defaultConfiguration: { level: DEFAULT_LEVEL[meta.severity] },
                                properties: { category: meta.category, fixable: meta.fixable, principle: meta.docs.principle },
                            })),
                            ...extra.map((id) => ({ id, shortDescription: { text: id } })),
                        ],
                    },
                },
                results: results.flatMap((result) => result.diagnostics.map((d) => ({
                    ruleId: d.ruleId,
                    ruleIndex: ruleIds.includes(d.ruleId) ? ruleIds.indexOf(d.ruleId) : rules.length + extra.indexOf(d.ruleId),
                    level: LEVEL[d.severity],
                    message: { text: d.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: (result.filePath ?? 'stdin').split('\\').join('/') },
                                region: {
                                    startLine: d.line,
                                    startColumn: d.column,
                                    endLine: d.endLine,
                                    endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column : 1),
                                },
                            },
                        },
                    ],
                    properties: { messageId: d.messageId },
                }))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
