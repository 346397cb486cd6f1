import type { Diagnostic } from '../engine/diagnostic.js';
import type { FormatterInput } from './types.js';
import { ruleDocsLocation } from '../rule-docs.js';

const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 } as const;
type Style = keyof typeof ANSI;

const LABELS = { 2: ['error', 'red'], 1: ['warning', 'yellow'], 0: ['info', 'blue'] } as const;

/** ESLint's stylish layout: one group per file, line:col, severity, message, rule id, and how to fix it. */
export function formatStylish({ results, color }: FormatterInput): string {
  const paint = (style: Style, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  const docs = new Map<string, string>();

  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixable += result.diagnostics.filter((d) => d.fix).length;
    const kind = result.document.kind === 'meeting-notice' ? 'meeting notice' : 'draft';
    lines.push(
      '',
      `${paint('underline', result.filePath ?? '<text>')}  ${paint('dim', `(${kind}, ${result.document.language})`)}`,
    );
    const width = Math.max(...result.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    for (const d of result.diagnostics) {
      if (d.url) docs.set(d.ruleId, d.url);
      const [label, style] = LABELS[d.severity];
      const position = `${d.line}:${d.column}`.padEnd(width);
      lines.push(
        `  ${paint('dim', position)}  ${paint(style, label.padEnd(7))}  ${d.message}  ${paint('dim', d.ruleId)}`,
      );
      const hint = fixHint(d, result.source);
      if (hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('green', hint)}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const parts = [
    `${errors} error${errors === 1 ? '' : 's'}`,
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
    `${infos} info`,
  ];
  lines.push(
    '',
    paint(
      errors ? 'red' : warnings ? 'yellow' : 'blue',
      paint('bold', `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`),
    ),
  );
  if (fixable) lines.push(paint('dim', `  ${fixable} fixable with the --fix option`));
  if (docs.size) {
    const width = Math.max(...[...docs.keys()].map((id) => id.length));
    lines.push('', paint('dim', 'Rule docs:'));
    for (const [id, url] of [...docs].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(paint('dim', `  ${id.padEnd(width)}  ${ruleDocsLocation(url)}`));
  }
  return `${lines.join('\n')}\n`;
}

function fixHint(d: Diagnostic, source: string): string | undefined {
  if (d.fix) {
    const before = source.slice(d.fix.range[0], d.fix.range[1]);
    return `fix: ${JSON.stringify(before)} → ${JSON.stringify(d.fix.text)}`;
  }
  const suggestion = d.suggestions?.[0];
  return suggestion ? `↳ ${suggestion.desc}` : undefined;
}
