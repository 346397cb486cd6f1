import type { FormatterInput } from './types.js';

const LEVEL = { 2: 'error', 1: 'warning', 0: 'notice' } as const;

// Workflow commands escape %, CR and LF in the message, and also : and , in properties.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request's diff. */
export function formatGithub({ results }: FormatterInput): string {
  const lines: string[] = [];
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
