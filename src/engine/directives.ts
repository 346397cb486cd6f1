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
  const found = format === 'markdown'
    ? html.flatMap((node) => [...node.text.matchAll(COMMENT)].map((match) => ({ match, at: node.start + match.index })))
    : [...source.matchAll(LINE)].map((match) => ({ match, at: match.index }));
  return found.map(({ match, at }) => ({
    kind: match[1] as Directive['kind'],
    rules: match[2].split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id)),
    line: lines.position(at).line,
  }));
}

/** Drops the diagnostics that disable directives in the draft silence, as ESLint's inline comments do. */
export function applyDirectives(diagnostics: Diagnostic[], source: string, format: Format, html?: { start: number; text: string }[]): Diagnostic[] {
  if (!source.includes('draftlint-')) return diagnostics;
  const directives = readDirectives(source, format, html);
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter((d) => {
    const applies = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(d.ruleId);
    if (directives.some((x) => x.kind === 'disable-next-line' && x.line === d.line - 1 && applies(x))) return false;
    let disabled = false;
    for (const x of directives) {
      if (x.line > d.line) break;
      if (x.kind === 'disable' && applies(x)) disabled = true;
      if (x.kind === 'enable' && applies(x)) disabled = false;
    }
    return !disabled;
  });
}
