const LEVEL = { 2: 'error', 1: 'warning', 0: 'notice' };
// Workflow commands escape %, CR and LF in the message, and also : and , in properties.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff. */
export function formatGithub({ results }) {
    const lines = [];
    for (const result of results) {
        for (const d of result.diagnostics) {
            const properties = [
                `file=${escapeProperty(result.filePath ?? '<text>')}`,
                `line=${d.line}`,
                `col=${d.column}`,
                `endLine=${d.endLine}`,
                `endColumn=${d.endColumn}`,
                `title=${escapeProperty(`draftlint(${d.ruleId})`)}`,
            ].join(',');
            lines.push(`::${LEVEL[d.severity]} ${properties}::${escapeData(d.message)}`);
        }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
