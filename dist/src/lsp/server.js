// `draftlint lsp`: a language server on stdio. Diagnostics on open and on change, a code action for every fix and
// suggestion, the rule's docs on hover, rules from the workspace's config file (.draftlintrc …, as `check` finds it).
// A change made while a draft is being checked is not queued: the draft is checked once more, at its latest text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleDocsHref } from '../rule-docs.js';
import { basename } from 'node:path';
import { CodeActionKind, createConnection, DiagnosticSeverity, MessageType, ShowMessageNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind, } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDraftlint } from '../draftlint.js';
import { InputError, UsageError, failureReason } from '../input/errors.js';
import { DEFAULT_MAX_FILE_TIME } from '../budget/pool.js';
const SEVERITY = [DiagnosticSeverity.Information, DiagnosticSeverity.Warning, DiagnosticSeverity.Error];
export function startLanguageServer(connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)) {
    const documents = new TextDocuments(TextDocument);
    const running = new Set();
    const stale = new Set();
    const published = new Map();
    // Code in the workspace (a draftlint.config.js) runs only when the client says the user trusts the workspace.
    let seconds = DEFAULT_MAX_FILE_TIME;
    let draftlint;
    const warned = new Set();
    const warnSkipped = (filepath) => {
        if (warned.has(filepath))
            return;
        warned.add(filepath);
        void connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Warning,
            message: `draftlint: ${filepath} not loaded: the workspace is not trusted, and a JavaScript config runs code; the default rules apply (a .draftlintrc.json or .yaml is read in any workspace).`,
        });
    };
    const log = (message) => connection.console.error(`draftlint: ${message}`);
    // Whatever one document or one request does, the server keeps serving the others.
    process.on('unhandledRejection', (reason) => log(`unexpected error: ${reason?.stack ?? String(reason)}`));
    connection.onInitialize((params) => {
        const init = params.initializationOptions;
        // One draftlint for the session; each file's own config is found above it, as `check` finds it.
        draftlint = createDraftlint({ trusted: init?.trusted === true, onSkipped: warnSkipped });
        if (typeof init?.maxFileTime === 'number' && init.maxFileTime > 0)
            seconds = init.maxFileTime;
        return {
            capabilities: {
                textDocumentSync: TextDocumentSyncKind.Incremental,
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
                hoverProvider: true,
            },
            serverInfo: { name: 'draftlint' },
        };
    });
    async function check(uri) {
        if (running.has(uri)) {
            stale.add(uri);
            return;
        }
        running.add(uri);
        try {
            do {
                stale.delete(uri);
                const document = documents.get(uri);
                if (!document)
                    return;
                // The document changes under an edit while it is checked: what is published is for the text checked.
                const { version } = document;
                const diagnostics = await diagnose(uri, document.getText());
                published.set(uri, diagnostics);
                await connection.sendDiagnostics({ uri, version, diagnostics });
            } while (stale.has(uri));
        }
        catch (error) {
            log(`${uri}: ${error.message}`);
        }
        finally {
            running.delete(uri);
        }
    }
    async function diagnose(uri, text) {
        const { path, filename } = locate(uri, log);
        try {
            const instance = await (draftlint ??= createDraftlint({ trusted: false, onSkipped: warnSkipped }));
            // A config file may have been created or edited since the last check; looking again costs a few stat calls.
            instance.forget();
            if (path && (await instance.isIgnored(path)))
                return [];
            // In a worker thread within the time budget: a draft built to be slow is given up on, and the server goes on.
            const result = await instance.lintText({ text, filename }, { maxFileTime: seconds });
            return result.diagnostics.map((d) => toLsp(d));
        }
        catch (error) {
            // A draft that cannot be read or checked in time, or a broken config file: one diagnostic at the top, not a
            // crashed server.
            const message = error instanceof InputError ? error.reason : failureReasonOrMessage(error);
            return [
                {
                    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                    severity: DiagnosticSeverity.Error,
                    source: 'draftlint',
                    message,
                },
            ];
        }
    }
    documents.onDidOpen((event) => void check(event.document.uri));
    documents.onDidChangeContent((event) => void check(event.document.uri));
    documents.onDidClose((event) => {
        published.delete(event.document.uri);
        void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    connection.onCodeAction((params) => {
        const actions = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data;
            const document = documents.get(params.textDocument.uri);
            if (!data || !document)
                continue;
            const edit = (fix) => ({
                changes: {
                    [params.textDocument.uri]: [
                        {
                            range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
                            newText: fix.text,
                        },
                    ],
                },
            });
            if (data.fix)
                actions.push({
                    title: `Fix: ${diagnostic.message}`,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: true,
                    edit: edit(data.fix),
                });
            for (const suggestion of data.suggestions ?? [])
                actions.push({
                    title: suggestion.desc,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    edit: edit(suggestion.fix),
                });
        }
        return actions;
    });
    connection.onHover((params) => {
        const diagnostics = published.get(params.textDocument.uri) ?? [];
        const { line, character } = params.position;
        const under = diagnostics.filter((d) => {
            const { start, end } = d.range;
            const after = line > start.line || (line === start.line && character >= start.character);
            const before = line < end.line || (line === end.line && character <= end.character);
            return after && before;
        });
        if (under.length === 0)
            return null;
        return { contents: { kind: 'markdown', value: under.map((d) => ruleHelp(d)).join('\n\n---\n\n') } };
    });
    documents.listen(connection);
    connection.listen();
}
/**
 * The file behind a document's URI, when it has one on this machine, and the name whose extension picks the format.
 * A URI that names no local file (`file://host/share/x.md`, `file:///a%2Fb.md`, `not a uri`) is checked as text
 * with no config, and logged.
 */
function locate(uri, log) {
    let url;
    try {
        url = new URL(uri);
    }
    catch {
        log(`${uri}: not a URI; checked without a config`);
        return {};
    }
    const last = url.pathname.split('/').pop() ?? '';
    let filename;
    try {
        filename = basename(decodeURIComponent(last));
    }
    catch {
        filename = undefined;
    }
    if (url.protocol !== 'file:')
        return { filename };
    try {
        const path = fileURLToPath(url);
        return { path, filename: path };
    }
    catch (error) {
        log(`${uri}: no local file (${error.message}); checked without a config`);
        return { filename };
    }
}
/** A config error says which file and key; anything else, the one-line reason a draft could not be checked. */
function failureReasonOrMessage(error) {
    return error instanceof UsageError ? error.message : failureReason(error);
}
function toLsp(d) {
    const data = { fix: d.fix, suggestions: d.suggestions, ruleId: d.ruleId, url: d.url };
    return {
        range: {
            start: { line: d.line - 1, character: d.column - 1 },
            end: { line: d.endLine - 1, character: d.endColumn - 1 },
        },
        severity: SEVERITY[d.severity],
        code: d.ruleId,
        ...(d.url ? { codeDescription: { href: ruleDocsHref(d.url) } } : {}),
        source: 'draftlint',
        message: d.message,
        data,
    };
}
const helpCache = new Map();
/** The rule's summary and its Why section, from its docs page in the package. */
function ruleHelp(diagnostic) {
    const data = diagnostic.data;
    let help = helpCache.get(data.ruleId);
    if (help === undefined) {
        help = '';
        try {
            const page = readFileSync(new URL(`../../../${data.url ?? `docs/rules/${data.ruleId}.md`}`, import.meta.url), 'utf8');
            const summary = /^# .*\n\n([^\n]+)/m.exec(page)?.[1] ?? '';
            const why = /^## Why\n\n([\s\S]*?)\n## /m.exec(page)?.[1].trim() ?? '';
            help = `${summary}\n\n${why}`.trim();
        }
        catch {
            // docs not shipped: the message alone
        }
        helpCache.set(data.ruleId, help);
    }
    return `**${data.ruleId}** — ${diagnostic.message}${help ? `\n\n${help}` : ''}`;
}
