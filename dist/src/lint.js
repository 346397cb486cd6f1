import { parseNow } from './analysis/times/reference.js';
import { LineIndex, toSourceOffset } from './document/source-map.js';
import { applyFixes } from './engine/fix.js';
import { runRules } from './engine/runner.js';
import { resolveRules } from './engine/settings.js';
import { UsageError } from './input/errors.js';
import { parseInput } from './input/parse.js';
import { resolveReference } from './analysis/times/reference.js';
import { detectLanguages } from './document/language.js';
import { watched } from './budget/watchdog.js';
export function toReference(now) {
    if (now === undefined)
        return undefined;
    if (now instanceof Date) {
        if (Number.isNaN(now.getTime()))
            throw new UsageError('now: invalid date');
        return { instant: now, offsetMinutes: -now.getTimezoneOffset(), source: 'option' };
    }
    const reference = parseNow(now);
    if (!reference)
        throw new UsageError(`now: expected an ISO 8601 date or date-time such as 2026-12-01T09:00+08:00, got "${now}"`);
    return reference;
}
/** Lints one draft: a string, or text or bytes with a filename (its extension picks the format) and headers. */
export async function lintWith(rules, input, options = {}) {
    const { text, filename, headers } = typeof input === 'string' ? { text: input, filename: undefined, headers: undefined } : input;
    const parsed = await parseInput(text, filename, options.format, headers, options.recipients);
    const resolved = resolveRules(rules, options.rules);
    const run = watched(() => runRules(parsed, resolved, {
        now: toReference(options.now),
        locale: options.locale,
        kind: options.kind,
        segmenter: options.segmenter,
        vocabulary: options.vocabulary,
    }));
    const { document, analyses } = run;
    const unused = options.reportUnusedDisableDirectives
        ? unusedDirectiveDiagnostics(run.unusedDirectives, options.reportUnusedDisableDirectives, document.language)
        : [];
    const failed = run.failures.map(({ ruleId, error }) => failureDiagnostic(ruleId, error.message, document.language));
    const diagnostics = [...failed, ...run.diagnostics, ...unused].sort((a, b) => a.line - b.line || a.column - b.column);
    const lines = new LineIndex(document.source);
    const locate = (block, offset) => lines.position(toSourceOffset(document.blocks[block], offset));
    const times = watched(() => analyses.times()).map((time) => ({ ...time, ...locate(time.block, time.start) }));
    const count = (severity, fixable = false) => diagnostics.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
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
export async function fixWith(rules, input, options = {}) {
    let result = await lintWith(rules, input, options);
    if (!result.document.writable)
        return result;
    const original = result.source;
    let text = original;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const { output, applied } = applyFixes(text, result.diagnostics);
        if (applied === 0)
            break;
        text = output;
        result = await lintWith(rules, typeof input === 'string' ? text : { ...input, text }, options);
    }
    return text === original ? result : { ...result, output: text };
}
/**
 * The summary as plain data: with the audience and the people computed (`details`), or without them. Either way the
 * result no longer holds the document's analyses, so a run over many files keeps only what it reports.
 */
export function settleDocument(result, details) {
    const d = result.document;
    const document = {
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
export function unparsedPageResult(text, filename, options) {
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
const UNUSED = {
    en: 'Unused disable directive ({directive}): it silences nothing; remove it.',
    'zh-Hant': '停用指令（{directive}）沒有停用任何問題，請刪除。',
    'zh-Hans': '停用指令（{directive}）没有停用任何问题，请删除。',
};
function unusedDirectiveDiagnostics(unused, level, locale) {
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
function failureDiagnostic(ruleId, message, locale) {
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
