// The library: lint a draft from any program. No file system here but in lintFiles.
import { rules as registry } from '../rules/index.js';
import type { Rule } from './engine/rule.js';
import { toReference, type LintInput, type LintOptions, type LintResult } from './lint.js';
import type { FilesResult, LintFilesOptions } from './files.js';
import { createDraftlint } from './draftlint.js';
import { extractBlockTimes } from './analysis/times/extract.js';
import { resolveReference } from './analysis/times/reference.js';
import { detectLanguages } from './document/language.js';
import type { Language } from './document/types.js';
import type { TimeExpression } from './analysis/times/types.js';
import { extractFrom, type ExtractInputOptions } from './extract/notice.js';
import type { Extraction } from './extract/types.js';

export const rules: Rule[] = Object.values(registry);

/**
 * Lints one draft with the built-in rules and no config file. `input` is the text, or `{ text, filename, headers }`
 * (the extension of `filename` picks .eml, Markdown or text). For a config, plugins or a vocabulary, use
 * createDraftlint.
 */
export async function lint(input: LintInput, options: LintOptions = {}): Promise<LintResult> {
  return (await createDraftlint({ noConfig: true, segmenter: options.segmenter })).lintText(input, options);
}

/** Lints and applies every safe fix; `output` holds the fixed text when anything changed. */
export async function fix(input: LintInput, options: LintOptions = {}): Promise<LintResult> {
  return (await createDraftlint({ noConfig: true, segmenter: options.segmenter })).fix(input, options);
}

/** Lints files, directories and globs, each with its nearest config file (or `configFile`). */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FilesResult> {
  const { configFile, noConfig, cwd, segmenter } = options;
  return (await createDraftlint({ configFile, noConfig, cwd, segmenter })).lintFiles(patterns, options);
}

export interface ExtractTimesOptions {
  now?: string | Date;
  /** The text's language; detected when left out. */
  language?: Language;
}

/** The time expressions of one text: each with its day, written weekday, start and end, resolved against `now`. */
export function extractTimes(text: string, options: ExtractTimesOptions = {}): TimeExpression[] {
  const language = options.language ?? detectLanguages([text]).document;
  return extractBlockTimes(text, language, resolveReference(toReference(options.now), undefined));
}

/** A meeting notice's 5W2H as data, each element with the text it came from and a confidence. */
export function extract(input: LintInput, options?: ExtractInputOptions): Promise<Extraction> {
  return extractFrom(input, options);
}

export { createDraftlint, type Draftlint, type DraftlintOptions } from './draftlint.js';
export { defineRule } from './engine/rule.js';
export type { Config } from './config/config.js';
export type { Plugin, PluginModule } from './config/plugins.js';
export type { Vocabulary } from './config/vocabulary.js';
export type { OptionSpec, OptionsOf, RuleDefinition, Localized } from './engine/rule.js';

export { toICalendar, IncompleteNoticeError } from './extract/ics.js';
export type { Extraction, Found, Person, When, Where, ZoneChoice, Span } from './extract/types.js';
export type { ExtractInputOptions } from './extract/notice.js';
export type { LintInput, LintOptions, LintResult, DocumentSummary, LocatedTime } from './lint.js';
export type { FilesResult, FileError, LintFilesOptions } from './files.js';
export type { Diagnostic, Fix, Suggestion, SeverityLevel } from './engine/diagnostic.js';
export type { Rule, RuleMeta, RuleContext, Report, Edit, Severity, Category } from './engine/rule.js';
export type { RuleSetting } from './engine/settings.js';
export type { TimeExpression, WrittenWeekday, DayKind } from './analysis/times/types.js';
export type { CalendarDate, ClockTime } from './analysis/times/calendar.js';
export type { Language, DocumentKind, Format, Headers, Address, BlockPart } from './document/types.js';
export { InputError, UsageError, RuleError } from './input/errors.js';
export { TimeBudgetError, DEFAULT_MAX_FILE_TIME } from './budget/pool.js';
