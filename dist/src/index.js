// The library: lint a draft from any program. No file system here but in lintFiles.
import { rules as registry } from '../rules/index.js';
import { fixWith, lintWith, toReference } from './lint.js';
import { lintFilesWith } from './files.js';
import { budgetAvailable, sharedChecker } from './budget/pool.js';
import { extractBlockTimes } from './analysis/times/extract.js';
import { resolveReference } from './analysis/times/reference.js';
import { detectLanguages } from './document/language.js';
import { extractFrom } from './extract/notice.js';
export const rules = Object.values(registry);
/** Lints one draft. `input` is the text, or `{ text, filename, headers }` (the extension of `filename` picks .eml, Markdown or text). */
export function lint(input, options) {
    if (options?.maxFileTime && budgetAvailable()) {
        const { maxFileTime, ...rest } = options;
        return sharedChecker().lint(input, rest, { seconds: maxFileTime }, true);
    }
    return lintWith(rules, input, options);
}
/** Lints and applies every safe fix; `output` holds the fixed text when anything changed. */
export function fix(input, options) {
    if (options?.maxFileTime && budgetAvailable()) {
        const { maxFileTime, ...rest } = options;
        return sharedChecker().fix(input, rest, { seconds: maxFileTime }, true);
    }
    return fixWith(rules, input, options);
}
/** Lints files, directories and globs; unreadable inputs come back in `errors`, never as exceptions. */
export function lintFiles(patterns, options) {
    return lintFilesWith((input, o) => lintWith(rules, input, o), (input, o) => fixWith(rules, input, o), patterns, options, rules, budgetAvailable());
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
export { toICalendar, IncompleteNoticeError } from './extract/ics.js';
export { InputError, UsageError, RuleError } from './input/errors.js';
export { TimeBudgetError, DEFAULT_MAX_FILE_TIME } from './budget/pool.js';
