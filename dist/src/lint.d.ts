import type { Reference } from './analysis/times/calendar.js';
import type { TimeExpression } from './analysis/times/types.js';
import type { Attachment, DocumentKind, Format, Headers, Language } from './document/types.js';
import type { Audience } from './analysis/audience/audience.js';
import type { Person } from './analysis/people/people.js';
import type { Diagnostic } from './engine/diagnostic.js';
import type { DocumentProfile } from './analysis/profile.js';
import type { Rule } from './engine/rule.js';
import { type RuleSetting } from './engine/settings.js';
import type { SegmenterName } from './analysis/tokens/tokens.js';
import type { ResolvedVocabulary } from './config/vocabulary.js';
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
export type LintInput = string | {
    text: string | Uint8Array;
    filename?: string;
    headers?: Partial<Headers>;
};
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
    reference: {
        time: string;
        offsetMinutes: number;
        source: Reference['source'];
    };
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
export declare function toReference(now: string | Date | undefined): Reference | undefined;
/** Lints one draft: a string, or text or bytes with a filename (its extension picks the format) and headers. */
export declare function lintWith(rules: Rule[], input: LintInput, options?: KernelOptions): Promise<LintResult>;
/** Lints, applies the fixes, and lints again until nothing more is fixable (at most ten passes, as ESLint). */
export declare function fixWith(rules: Rule[], input: LintInput, options?: KernelOptions): Promise<LintResult>;
/**
 * The summary as plain data: with the audience and the people computed (`details`), or without them. Either way the
 * result no longer holds the document's analyses, so a run over many files keeps only what it reports.
 */
export declare function settleDocument(result: LintResult, details: boolean): LintResult;
/** The result for a page the pre-scan found nothing in: no diagnostics, and a summary that says it was not parsed. */
export declare function unparsedPageResult(text: string, filename: string, options: LintOptions): LintResult;
