import { Analyses } from '../analysis/analyses.js';
import { profileDocument } from '../analysis/profile.js';
import { resolveReference } from '../analysis/times/reference.js';
import { documentDate } from '../analysis/times/year-context.js';
import { withLanguages } from '../document/document.js';
import { LineIndex, toSourceOffset } from '../document/source-map.js';
import { renderMessage } from '../i18n/format.js';
import { applyDirectives } from './directives.js';
import { RuleError } from '../input/errors.js';
const LEVELS = { error: 2, warning: 1, info: 0 };
export function buildDocument(parsed, options) {
    const { blocks, language } = withLanguages(parsed);
    const reference = resolveReference(options.now, parsed.headers.date);
    const title = blocks.find((block) => block.part === 'heading' || block.part === 'subject')?.text;
    const date = documentDate(parsed.frontMatter, parsed.filename, title);
    const analyses = new Analyses(blocks, reference, parsed.headers, date, options.segmenter, options.vocabulary);
    const profile = profileDocument({ parsed, blocks, analyses, reference, documentDate: date, kind: options.kind });
    const document = {
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
export function runRules(parsed, rules, options = {}) {
    const { document, analyses } = buildDocument(parsed, options);
    const locale = options.locale ?? document.language;
    const lines = new LineIndex(document.source);
    const diagnostics = [];
    const failures = [];
    for (const { rule, severity, options: ruleOptions } of rules) {
        const { kinds, genres, languages, parts } = rule.meta.appliesTo;
        if (kinds !== 'any' && !kinds.includes(document.kind))
            continue;
        if (genres && !genres.includes(document.genre))
            continue;
        const blocks = document.blocks.filter((block) => languages.includes(block.language) && parts.includes(block.part));
        if (blocks.length === 0 && !(rule.meta.appliesTo.frontMatter && document.frontMatter))
            continue;
        const reports = [];
        const context = ruleContext(rule, blocks, ruleOptions, document, analyses, reports);
        try {
            rule.check(context);
        }
        catch (error) {
            // The rule's own reports are dropped with it; the other rules still check the draft.
            failures.push({ ruleId: rule.meta.id, error: new RuleError(rule.meta.id, error) });
            continue;
        }
        for (const report of reports) {
            const level = LEVELS[severity ?? rule.meta.messageSeverity?.[report.messageId] ?? rule.meta.severity];
            diagnostics.push(toDiagnostic(report, rule.meta.id, level, rule.meta.messages, rule.meta.docs.url, document, lines, locale));
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
function ruleContext(rule, blocks, options, document, analyses, reports) {
    const { id, needs, fixable, hasSuggestions, messages } = rule.meta;
    const needed = (analysis, read) => {
        if (!needs.includes(analysis))
            throw new Error(`reads ${analysis} without declaring it in meta.needs`);
        return read();
    };
    const inBlocks = (index) => blocks.some((block) => block.index === index);
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
            if (!(report.messageId in messages))
                throw new Error(`reported an unknown messageId "${report.messageId}"`);
            if (report.fix?.length && !fixable)
                throw new Error(`${id} reported a fix, but its meta.fixable is false`);
            if (report.suggestions?.length && !hasSuggestions) {
                throw new Error(`${id} reported suggestions, but its meta.hasSuggestions is false`);
            }
            reports.push(report);
        },
    };
}
function toDiagnostic(report, ruleId, severity, messages, url, document, lines, locale) {
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
    if (!template)
        throw new Error(`rule ${ruleId} reported an unknown messageId "${report.messageId}"`);
    const diagnostic = {
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
    if (report.data)
        diagnostic.data = report.data;
    const suggestions = (report.suggestions ?? []).map((suggestion) => ({
        messageId: suggestion.messageId,
        desc: renderMessage(messages[suggestion.messageId]?.[locale] ?? suggestion.messageId, suggestion.data, locale),
        fix: mergeEdits(suggestion.edits, document),
    }));
    if (report.fix?.length) {
        const fix = mergeEdits(report.fix, document);
        // A decoded view (a base64 or quoted-printable body) cannot be written back: the fix is offered instead.
        if (document.writable)
            diagnostic.fix = fix;
        else
            suggestions.unshift({
                messageId: report.messageId,
                desc: `${document.source.slice(fix.range[0], fix.range[1])} → ${fix.text}`,
                fix,
            });
    }
    if (suggestions.length)
        diagnostic.suggestions = suggestions;
    return diagnostic;
}
/** Turns block edits into one source fix, as ESLint merges a rule's fixes: the span they cover, rewritten. */
function mergeEdits(edits, document) {
    const mapped = edits
        .map((edit) => {
        const block = document.blocks[edit.block];
        if (edit.insertLine)
            return lineInsertion(edit, block, document);
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
function lineInsertion(edit, block, document) {
    const at = toSourceOffset(block, edit.start, 'start');
    const lineStart = Math.max(document.source.lastIndexOf('\n', at - 1) + 1, 0);
    const prefix = document.source.slice(lineStart, at);
    const eol = document.source.includes('\r\n') ? '\r\n' : '\n';
    if (edit.insertLine === 'after') {
        const lineEnd = document.source.slice(at).search(/\r?\n|$/) + at;
        return { start: lineEnd, end: lineEnd, text: eol + edit.text };
    }
    if (!LINE_PREFIX.test(prefix))
        return { start: at, end: at, text: edit.text + eol };
    // A new Markdown paragraph needs a blank line, or it would join the one below.
    const blank = document.format === 'markdown' && (block.part === 'paragraph' || block.part === 'heading') ? eol : '';
    return { start: lineStart, end: lineStart, text: prefix + edit.text + eol + blank };
}
/** The vocabulary's accepted phrases: no rule reports a word inside one ("coming soon", 稍後再議). */
function withoutAccepted(diagnostics, document) {
    const phrases = document.vocabulary.accept;
    if (phrases.length === 0)
        return diagnostics;
    const lower = document.source.toLowerCase();
    const lines = new LineIndex(document.source);
    const ranges = [];
    for (const phrase of phrases.map((p) => p.toLowerCase())) {
        for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1))
            ranges.push([at, at + phrase.length]);
    }
    const offset = (line, column) => lines.lineStart(line) + column - 1;
    return diagnostics.filter((d) => {
        const start = offset(d.line, d.column);
        const end = offset(d.endLine, d.endColumn);
        return !ranges.some(([from, to]) => from <= start && end <= to && start < end);
    });
}
function sortAndDedupe(diagnostics) {
    const seen = new Set();
    return (diagnostics
        // Stable: findings at one position keep the order their rule reported them in (when before where …).
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .filter((d) => {
        const key = `${d.ruleId}|${d.messageId}|${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    }));
}
