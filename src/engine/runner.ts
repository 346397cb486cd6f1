import { Analyses } from '../analysis/analyses.js';
import { profileDocument } from '../analysis/profile.js';
import type { Reference } from '../analysis/times/calendar.js';
import { resolveReference } from '../analysis/times/reference.js';
import { documentDate } from '../analysis/times/year-context.js';
import { withLanguages, type Document } from '../document/document.js';
import { LineIndex, toSourceOffset } from '../document/source-map.js';
import type { Block, DocumentKind, Language, ParsedInput } from '../document/types.js';
import { renderMessage } from '../i18n/format.js';
import type { Diagnostic, Fix, SeverityLevel, Suggestion } from './diagnostic.js';
import type { Analysis, Edit, Report, RuleContext, Severity } from './rule.js';
import type { ResolvedRule } from './settings.js';
import { applyDirectives } from './directives.js';
import { RuleError } from '../input/errors.js';
import type { SegmenterName } from '../analysis/tokens/tokens.js';
import type { ResolvedVocabulary } from '../config/vocabulary.js';

export interface RunOptions {
  now?: Reference;
  segmenter?: SegmenterName;
  vocabulary?: ResolvedVocabulary;
  locale?: Language;
  kind?: DocumentKind;
}

export interface RunResult {
  document: Document;
  analyses: Analyses;
  diagnostics: Diagnostic[];
  /** Disable directives that silenced nothing. */
  unusedDirectives: { line: number; text: string }[];
  /** Rules that threw on this draft; the others' diagnostics are kept. */
  failures: RuleFailure[];
}

export interface RuleFailure {
  ruleId: string;
  error: RuleError;
}

const LEVELS: Record<Severity, SeverityLevel> = { error: 2, warning: 1, info: 0 };

export function buildDocument(parsed: ParsedInput, options: RunOptions): { document: Document; analyses: Analyses } {
  const { blocks, language } = withLanguages(parsed);
  const reference = resolveReference(options.now, parsed.headers.date);
  const title = blocks.find((block) => block.part === 'heading' || block.part === 'subject')?.text;
  const date = documentDate(parsed.frontMatter, parsed.filename, title);
  const analyses = new Analyses(blocks, reference, parsed.headers, date, options.segmenter, options.vocabulary);
  const profile = profileDocument({ parsed, blocks, analyses, reference, documentDate: date, kind: options.kind });
  const document: Document = {
    ...parsed,
    blocks,
    language,
    reference,
    profile,
    genre: profile.genre,
    kind: profile.kind,
    kindReasons: profile.reasons,
    vocabulary: analyses.vocabulary,
  };
  return { document, analyses };
}

export function runRules(parsed: ParsedInput, rules: ResolvedRule[], options: RunOptions = {}): RunResult {
  const { document, analyses } = buildDocument(parsed, options);
  const locale = options.locale ?? document.language;
  const lines = new LineIndex(document.source);
  const diagnostics: Diagnostic[] = [];

  const failures: RuleFailure[] = [];
  for (const { rule, severity, options: ruleOptions } of rules) {
    const { kinds, genres, languages, parts } = rule.meta.appliesTo;
    if (kinds !== 'any' && !kinds.includes(document.kind)) continue;
    if (genres && !genres.includes(document.genre)) continue;
    const blocks = document.blocks.filter((block) => languages.includes(block.language) && parts.includes(block.part));
    if (blocks.length === 0 && !(rule.meta.appliesTo.frontMatter && document.frontMatter)) continue;
    const reports: Report[] = [];
    const context = ruleContext(rule, blocks, ruleOptions, document, analyses, reports);
    try {
      rule.check(context);
    } catch (error) {
      // The rule's own reports are dropped with it; the other rules still check the draft.
      failures.push({ ruleId: rule.meta.id, error: new RuleError(rule.meta.id, error) });
      continue;
    }
    for (const report of reports) {
      const level = LEVELS[severity ?? rule.meta.messageSeverity?.[report.messageId] ?? rule.meta.severity];
      diagnostics.push(
        toDiagnostic(report, rule.meta.id, level, rule.meta.messages, rule.meta.docs.url, document, lines, locale),
      );
    }
  }
  const accepted = withoutAccepted(diagnostics, document);
  const { kept, unused } = applyDirectives(sortAndDedupe(accepted), document.source, document.format, document.html);
  return { document, analyses, diagnostics: kept, unusedDirectives: unused, failures };
}

/**
 * What a rule sees: its blocks and options, the analyses it declared in `needs`, and a report function that holds it
 * to its meta (a fix only from a fixable rule, suggestions only from one that has them, as ESLint's linter checks).
 */
function ruleContext(
  rule: ResolvedRule['rule'],
  blocks: Block[],
  options: Record<string, unknown>,
  document: Document,
  analyses: Analyses,
  reports: Report[],
): RuleContext {
  const { id, needs, fixable, hasSuggestions, messages } = rule.meta;
  const needed = <T>(analysis: Analysis, read: () => T): T => {
    if (!needs.includes(analysis)) throw new Error(`reads ${analysis} without declaring it in meta.needs`);
    return read();
  };
  const inBlocks = (index: number) => blocks.some((block) => block.index === index);
  return {
    document,
    blocks,
    options,
    times: () => needed('times', () => analyses.times().filter((time) => inBlocks(time.block))),
    tokens: (block) => needed('tokens', () => analyses.tokens(block)),
    audience: () => needed('audience', () => analyses.audience()),
    people: () => needed('people', () => analyses.people().filter((person) => inBlocks(person.block))),
    tone: (block, words) => needed('tone', () => analyses.tone(block, words)),
    report: (report) => {
      if (!(report.messageId in messages)) throw new Error(`reported an unknown messageId "${report.messageId}"`);
      if (report.fix?.length && !fixable) throw new Error(`${id} reported a fix, but its meta.fixable is false`);
      if (report.suggestions?.length && !hasSuggestions) {
        throw new Error(`${id} reported suggestions, but its meta.hasSuggestions is false`);
      }
      reports.push(report);
    },
  };
}

function toDiagnostic(
  report: Report,
  ruleId: string,
  severity: SeverityLevel,
  messages: Record<string, Record<Language, string>>,
  url: string,
  document: Document,
  lines: LineIndex,
  locale: Language,
): Diagnostic {
  const block = document.blocks[report.block];
  // Block -1 is the front matter: the report stands on its opening line.
  const start = block ? toSourceOffset(block, report.start, 'start') : 0;
  const end = block
    ? Math.max(start, toSourceOffset(block, report.end, 'end'))
    : document.source.indexOf('\n') === -1
      ? document.source.length
      : document.source.indexOf('\n');
  const from = lines.position(start);
  const to = lines.position(end);
  const template = messages[report.messageId];
  if (!template) throw new Error(`rule ${ruleId} reported an unknown messageId "${report.messageId}"`);
  const diagnostic: Diagnostic = {
    ruleId,
    messageId: report.messageId,
    severity,
    message: renderMessage(template[locale], report.data, locale),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    locale,
    url,
  };
  if (report.data) diagnostic.data = report.data;
  const suggestions: Suggestion[] = (report.suggestions ?? []).map((suggestion) => ({
    messageId: suggestion.messageId,
    desc: renderMessage(messages[suggestion.messageId]?.[locale] ?? suggestion.messageId, suggestion.data, locale),
    fix: mergeEdits(suggestion.edits, document),
  }));
  if (report.fix?.length) {
    const fix = mergeEdits(report.fix, document);
    // A decoded view (a base64 or quoted-printable body) cannot be written back: the fix is offered instead.
    if (document.writable) diagnostic.fix = fix;
    else
      suggestions.unshift({
        messageId: report.messageId,
        desc: `${document.source.slice(fix.range[0], fix.range[1])} → ${fix.text}`,
        fix,
      });
  }
  if (suggestions.length) diagnostic.suggestions = suggestions;
  return diagnostic;
}

/** Turns block edits into one source fix, as ESLint merges a rule's fixes: the span they cover, rewritten. */
function mergeEdits(edits: Edit[], document: Document): Fix {
  const mapped = edits
    .map((edit) => {
      const block: Block = document.blocks[edit.block];
      if (edit.insertLine) return lineInsertion(edit, block, document);
      const start = toSourceOffset(block, edit.start, 'start');
      const end = edit.end === edit.start ? start : Math.max(start, toSourceOffset(block, edit.end, 'end'));
      return { start, end, text: edit.text };
    })
    .sort((a, b) => a.start - b.start);
  const from = mapped[0].start;
  const to = Math.max(...mapped.map((edit) => edit.end));
  let text = '';
  let cursor = from;
  for (const edit of mapped) {
    text += document.source.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  text += document.source.slice(cursor, to);
  return { range: [from, to], text };
}

const LINE_PREFIX = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|>)[ \t]+)*$/;

function lineInsertion(edit: Edit, block: Block, document: Document): { start: number; end: number; text: string } {
  const at = toSourceOffset(block, edit.start, 'start');
  const lineStart = Math.max(document.source.lastIndexOf('\n', at - 1) + 1, 0);
  const prefix = document.source.slice(lineStart, at);
  const eol = document.source.includes('\r\n') ? '\r\n' : '\n';
  if (edit.insertLine === 'after') {
    const lineEnd = document.source.slice(at).search(/\r?\n|$/) + at;
    return { start: lineEnd, end: lineEnd, text: eol + edit.text };
  }
  if (!LINE_PREFIX.test(prefix)) return { start: at, end: at, text: edit.text + eol };
  // A new Markdown paragraph needs a blank line, or it would join the one below.
  const blank = document.format === 'markdown' && (block.part === 'paragraph' || block.part === 'heading') ? eol : '';
  return { start: lineStart, end: lineStart, text: prefix + edit.text + eol + blank };
}

/** The vocabulary's accepted phrases: no rule reports a word inside one ("coming soon", 稍後再議). */
function withoutAccepted(diagnostics: Diagnostic[], document: Document): Diagnostic[] {
  const phrases = document.vocabulary.accept;
  if (phrases.length === 0) return diagnostics;
  const lower = document.source.toLowerCase();
  const lines = new LineIndex(document.source);
  const ranges: [number, number][] = [];
  for (const phrase of phrases.map((p) => p.toLowerCase())) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1))
      ranges.push([at, at + phrase.length]);
  }
  const offset = (line: number, column: number) => lines.lineStart(line) + column - 1;
  return diagnostics.filter((d) => {
    const start = offset(d.line, d.column);
    const end = offset(d.endLine, d.endColumn);
    return !ranges.some(([from, to]) => from <= start && end <= to && start < end);
  });
}

function sortAndDedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return (
    diagnostics
      // Stable: findings at one position keep the order their rule reported them in (when before where …).
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .filter((d) => {
        const key = `${d.ruleId}|${d.messageId}|${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
  );
}
