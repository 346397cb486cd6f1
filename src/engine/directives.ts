import { LineIndex } from '../document/source-map.js';
import type { Format } from '../document/types.js';
import type { Diagnostic } from './diagnostic.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
}

// Markdown: <!-- draftlint-disable rule-a rule-b -->, <!-- draftlint-enable -->, <!-- draftlint-disable-next-line rule -->.
const COMMENT = /<!--\s*draftlint-(disable-next-line|disable|enable)\b([^>]*?)-->/g;
// Plain text and email, where nothing is hidden: a line of its own, "draftlint-disable-next-line rule".
const LINE = /^[ \t]*(?:[#>/*-]+[ \t]*)?draftlint-(disable-next-line|disable|enable)\b([^\n\r]*)$/gm;

/** Markdown directives are read from its HTML nodes only, so a comment shown inside a code block is not one. */
function readDirectives(source: string, format: Format, html: { start: number; text: string }[] = []): Directive[] {
  const lines = new LineIndex(source);
  const found =
    format === 'markdown'
      ? html.flatMap((node) =>
          [...node.text.matchAll(COMMENT)].map((match) => ({ match, at: node.start + match.index })),
        )
      : [...source.matchAll(LINE)].map((match) => ({ match, at: match.index }));
  return found.map(({ match, at }) => ({
    kind: match[1] as Directive['kind'],
    rules: match[2].split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id)),
    line: lines.position(at).line,
  }));
}

/**
 * Drops the diagnostics that disable directives in the draft silence, as ESLint's inline comments do, and lists the
 * directives that silenced nothing (for --report-unused-disable-directives).
 */
export function applyDirectives(
  diagnostics: Diagnostic[],
  source: string,
  format: Format,
  html?: { start: number; text: string }[],
): { kept: Diagnostic[]; unused: { line: number; text: string }[] } {
  if (!source.includes('draftlint-')) return { kept: diagnostics, unused: [] };
  const directives = readDirectives(source, format, html);
  if (directives.length === 0) return { kept: diagnostics, unused: [] };
  const used = new Set<Directive>();
  const kept = diagnostics.filter((d) => {
    const applies = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(d.ruleId);
    const nextLine = directives.find((x) => x.kind === 'disable-next-line' && x.line === d.line - 1 && applies(x));
    if (nextLine) {
      used.add(nextLine);
      return false;
    }
    let disabledBy: Directive | undefined;
    for (const x of directives) {
      if (x.line > d.line) break;
      if (x.kind === 'disable' && applies(x)) disabledBy = x;
      if (x.kind === 'enable' && applies(x)) disabledBy = undefined;
    }
    if (disabledBy) used.add(disabledBy);
    return !disabledBy;
  });
  const unused = directives
    .filter((x) => x.kind !== 'enable' && !used.has(x))
    .map((x) => ({ line: x.line, text: `draftlint-${x.kind}${x.rules.length ? ` ${x.rules.join(' ')}` : ''}` }));
  return { kept, unused };
}
