// The library: lint a draft from any program. No file system here but in lintFiles.
import { rules as registry } from '../rules/index.js';
import { toReference } from './lint.js';
import { createDraftlint } from './draftlint.js';
import { extractBlockTimes } from './analysis/times/extract.js';
import { resolveReference } from './analysis/times/reference.js';
import { detectLanguages } from './document/language.js';
import { extractFrom } from './extract/notice.js';
export const rules = Object.values(registry);
/**
 * Lints one draft with the built-in rules and no config file. `input` is the text, or `{ text, filename, headers }`
 * (the extension of `filename` picks .eml, Markdown or text). For a config, plugins or a vocabulary, use
 * createDraftlint.
 */
export async function lint(input, options = {}) {
    return (await createDraftlint({ noConfig: true, segmenter: options.segmenter })).lintText(input, options);
}
/** Lints and applies every safe fix; `output` holds the fixed text when anything changed. */
export async function fix(input, options = {}) {
    return (await createDraftlint({ noConfig: true, segmenter: options.segmenter })).fix(input, options);
}
/** Lints files, directories and globs, each with its nearest config file (or `configFile`). */
export async function lintFiles(patterns, options = {}) {
    const { configFile, noConfig, cwd, segmenter } = options;
    return (await createDraftlint({ configFile, noConfig, cwd, segmenter })).lintFiles(patterns, options);
}
/** The time expressions of one text: each with its day, written weekday, start and end, resolved against `now`. */
export function extractTimes(text, options = {}) {
    const language = options.language ?? detectLanguages([text]).document;
    return extractBlockTimes(text, language, resolveReference(toReference(options.now), undefined));
}
/** A meeting notice's 5W2H as data, each element with the text it came from and a confidence. */
export function extract(input, options) {
    return extractFrom(input, options);
}
export { createDraftlint } from './draftlint.js';
export { defineRule } from './engine/rule.js';
export { toICalendar, IncompleteNoticeError } from './extract/ics.js';
export { InputError, UsageError, RuleError } from './input/errors.js';
export { TimeBudgetError, DEFAULT_MAX_FILE_TIME } from './budget/pool.js';
