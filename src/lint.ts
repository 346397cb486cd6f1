import type { Reference } from './analysis/times/calendar.js';
import { parseNow } from './analysis/times/reference.js';
import type { TimeExpression } from './analysis/times/types.js';
import { LineIndex, toSourceOffset } from './document/source-map.js';
import type { Attachment, DocumentKind, Format, Headers, Language } from './document/types.js';
import type { Audience } from './analysis/audience/audience.js';
import type { Person } from './analysis/people/people.js';
import type { Diagnostic } from './engine/diagnostic.js';
import type { DocumentProfile } from './analysis/profile.js';
import { applyFixes } from './engine/fix.js';
import type { Rule } from './engine/rule.js';
import { runRules } from './engine/runner.js';
import { resolveRules, type RuleSetting } from './engine/settings.js';
import { UsageError } from './input/errors.js';
import { parseInput } from './input/parse.js';
import type { SegmenterName } from './analysis/tokens/tokens.js';
import type { ResolvedVocabulary } from './config/vocabulary.js';
import { resolveReference } from './analysis/times/reference.js';
import { detectLanguages } from './document/language.js';
import { watched } from './budget/watchdog.js';

export interface LintOptions {
  /** Reference time for relative dates: an ISO 8601 string or a Date. Default: the email's Date header, else the clock. */
  now?: string | Date;
  /** Language of the messages. Default: the draft's own. */
  locale?: Language;
  /** Skip kind detection. */
  kind?: DocumentKind;
  /** Severity or [severity, options] per rule id; 'off' turns a rule off. */
  rules?: Record<string, RuleSetting>;
  /** Read the input as this format instead of guessing from the filename. */
  format?: Format;
  /** More recipients ("Ana <ana@example.com>", "team@example.com"), added to the draft's own To. */
  recipients?: string[];
  /** The jieba binding: 'node-rs' (default) or 'nodejieba' (install it yourself). */
  segmenter?: SegmenterName;
  /** Report disable directives that silence nothing, at this severity. */
  reportUnusedDisableDirectives?: 'warn' | 'error';
  /**
   * Seconds the check may take: lint() and fix() then check in a worker thread, stopped past it with an InputError
   * "skipped: not checked within …"; the result's audience and people are computed in the thread. Default: none
   * (lintFiles has its own, 10 s).
   */
  maxFileTime?: number;
}

/** What a draftlint instance adds to a check: the team's vocabulary, resolved from its config. */
export interface KernelOptions extends LintOptions {
  vocabulary?: ResolvedVocabulary;
}

export type LintInput = string | { text: string | Uint8Array; filename?: string; headers?: Partial<Headers> };

/** A time expression with its place in the source, for other tools to reuse. */
export interface LocatedTime extends TimeExpression {
  line: number;
  column: number;
}

export interface DocumentSummary {
  format: Format;
  kind: DocumentKind;
  kindReasons: string[];
  /** The rest of the document's profile: its genre, the kind's score, a standing or one-off meeting, a dated page. */
  profile: ProfileSummary;
  language: Language;
  reference: { time: string; offsetMinutes: number; source: Reference['source'] };
  headers: Headers;
  times: LocatedTime[];
  /** Who reads the draft: from lint(), computed when first read; from lintFiles(), with the `details` option. */
  readonly audience?: Audience;
  /** People named in the draft, with their place in the source; as `audience`. */
  readonly people?: LocatedPerson[];
  /** Attachments the draft carries; undefined where the format cannot tell. */
  attachments?: Attachment[];
  /** False where positions refer to a decoded view and fixes are offered as suggestions. */
  writable: boolean;
}

export type ProfileSummary = Pick<DocumentProfile, 'genre' | 'score' | 'meeting' | 'dated'>;

export interface LocatedPerson extends Person {
  line: number;
  column: number;
}

export interface LintResult {
  filePath?: string;
  diagnostics: Diagnostic[];
  document: DocumentSummary;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text the positions refer to. */
  source: string;
  /** The text after `fix`, when fixes were applied. */
  output?: string;
}

export function toReference(now: string | Date | undefined): Reference | undefined {
  if (now === undefined) return undefined;
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) throw new UsageError('now: invalid date');
    return { instant: now, offsetMinutes: -now.getTimezoneOffset(), source: 'option' };
  }
  const reference = parseNow(now);
  if (!reference)
    throw new UsageError(`now: expected an ISO 8601 date or date-time such as 2026-12-01T09:00+08:00, got "${now}"`);
  return reference;
}

/** Lints one draft: a string, or text or bytes with a filename (its extension picks the format) and headers. */
export async function lintWith(rules: Rule[], input: LintInput, options: KernelOptions = {}): Promise<LintResult> {
  const { text, filename, headers } =
    typeof input === 'string' ? { text: input, filename: undefined, headers: undefined } : input;
  const parsed = await parseInput(text, filename, options.format, headers, options.recipients);
  const resolved = resolveRules(rules, options.rules);
  const run = watched(() =>
    runRules(parsed, resolved, {
      now: toReference(options.now),
      locale: options.locale,
      kind: options.kind,
      segmenter: options.segmenter,
      vocabulary: options.vocabulary,
    }),
  );
  const { document, analyses } = run;
  const unused = options.reportUnusedDisableDirectives
    ? unusedDirectiveDiagnostics(run.unusedDirectives, options.reportUnusedDisableDirectives, document.language)
    : [];
  const failed = run.failures.map(({ ruleId, error }) => failureDiagnostic(ruleId, error.message, document.language));
  const diagnostics = [...failed, ...run.diagnostics, ...unused].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = new LineIndex(document.source);
  const locate = (block: number, offset: number) => lines.position(toSourceOffset(document.blocks[block], offset));
  const times = watched(() => analyses.times()).map((time) => ({ ...time, ...locate(time.block, time.start) }));
  const count = (severity: number, fixable = false) =>
    diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
  return {
    filePath: filename,
    diagnostics,
    document: {
      format: document.format,
      kind: document.kind,
      kindReasons: document.kindReasons,
      profile: {
        genre: document.profile.genre,
        score: document.profile.score,
        meeting: document.profile.meeting,
        dated: document.profile.dated,
      },
      language: document.language,
      reference: {
        time: document.reference.instant.toISOString(),
        offsetMinutes: document.reference.offsetMinutes,
        source: document.reference.source,
      },
      headers: document.headers,
      times,
      // Getters: the audience and the people cost jieba's dictionary, which a run that never reads them should not load.
      get audience() {
        return analyses.audience();
      },
      get people() {
        return analyses.people().map((person) => ({ ...person, ...locate(person.block, person.start) }));
      },
      attachments: document.attachments,
      writable: document.writable,
    },
    errorCount: count(2),
    warningCount: count(1),
    infoCount: count(0),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    source: document.source,
  };
}

const MAX_FIX_PASSES = 10;

/** Lints, applies the fixes, and lints again until nothing more is fixable (at most ten passes, as ESLint). */
export async function fixWith(rules: Rule[], input: LintInput, options: KernelOptions = {}): Promise<LintResult> {
  let result = await lintWith(rules, input, options);
  if (!result.document.writable) return result;
  const original = result.source;
  let text = original;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { output, applied } = applyFixes(text, result.diagnostics);
    if (applied === 0) break;
    text = output;
    result = await lintWith(rules, typeof input === 'string' ? text : { ...input, text }, options);
  }
  return text === original ? result : { ...result, output: text };
}

/**
 * The summary as plain data: with the audience and the people computed (`details`), or without them. Either way the
 * result no longer holds the document's analyses, so a run over many files keeps only what it reports.
 */
export function settleDocument(result: LintResult, details: boolean): LintResult {
  const d = result.document;
  const document: DocumentSummary = {
    format: d.format,
    kind: d.kind,
    kindReasons: d.kindReasons,
    profile: d.profile,
    language: d.language,
    reference: d.reference,
    headers: d.headers,
    times: d.times,
    attachments: d.attachments,
    writable: d.writable,
    ...(details ? { audience: d.audience, people: d.people } : {}),
  };
  return { ...result, document };
}

/** The result for a page the pre-scan found nothing in: no diagnostics, and a summary that says it was not parsed. */
export function unparsedPageResult(text: string, filename: string, options: LintOptions): LintResult {
  const reference = resolveReference(toReference(options.now), undefined);
  return {
    filePath: filename,
    diagnostics: [],
    document: {
      format: 'markdown',
      kind: options.kind ?? 'other',
      kindReasons: [
        'not parsed: the pre-scan found no meeting word, recipients, attachments or word any rule checks on pages',
      ],
      profile: { genre: 'page', score: 0, meeting: undefined, dated: false },
      language: detectLanguages([text]).document,
      reference: {
        time: reference.instant.toISOString(),
        offsetMinutes: reference.offsetMinutes,
        source: reference.source,
      },
      headers: { to: [], cc: [], bcc: [] },
      times: [],
      writable: true,
    },
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source: text,
  };
}

const UNUSED: Record<Language, string> = {
  en: 'Unused disable directive ({directive}): it silences nothing; remove it.',
  'zh-Hant': '停用指令（{directive}）沒有停用任何問題，請刪除。',
  'zh-Hans': '停用指令（{directive}）没有停用任何问题，请删除。',
};

function unusedDirectiveDiagnostics(
  unused: { line: number; text: string }[],
  level: 'warn' | 'error',
  locale: Language,
): Diagnostic[] {
  return unused.map(({ line, text }) => ({
    ruleId: 'unused-disable-directive',
    messageId: 'unused',
    severity: level === 'error' ? 2 : 1,
    message: UNUSED[locale].replace('{directive}', text),
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    locale,
  }));
}

/** A rule that threw on this draft: an error at the top naming the rule, while the other rules' findings stand. */
function failureDiagnostic(ruleId: string, message: string, locale: Language): Diagnostic {
  return {
    ruleId,
    messageId: 'rule-failed',
    severity: 2,
    fatal: true,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    locale,
  };
}
