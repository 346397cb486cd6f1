// `draftlint mcp`: a Model Context Protocol server on stdio, so an assistant drafting a mail can check it before
// showing it. Tools: lint, fix, extract. The SDK is loaded only when the server starts, never by `check`.
import { Command } from 'commander';
import { extract, fix, lint } from '../index.js';
import { InputError, UsageError } from '../input/errors.js';
export function mcpCommand(version) {
    return new Command('mcp')
        .description('serve lint, fix and extract to an assistant over the Model Context Protocol (stdio)')
        .addHelpText('after', '\nExample (an MCP client configuration):\n  { "command": "npx", "args": ["draftlint", "mcp"] }')
        .action(async () => {
        await serve(version);
    });
}
async function serve(version) {
    const [{ McpServer }, { StdioServerTransport }, { z }] = await loadSdk();
    const server = new McpServer({ name: 'draftlint', version });
    const draft = {
        text: z.string().describe('the draft: an email (with headers when filename ends in .eml), Markdown or plain text'),
        filename: z.string().optional().describe('its name; the extension picks the format: .eml, .md, .txt'),
        now: z.string().optional().describe('reference time for relative dates, ISO 8601 (default: the Date header, else now)'),
    };
    const checking = {
        ...draft,
        locale: z.enum(['en', 'zh-Hant', 'zh-Hans']).optional().describe("language of the messages (default: the draft's own)"),
        recipients: z.array(z.string()).optional().describe('who it goes to, when the text has no headers: "team@example.com", "Ana <ana@example.com>"'),
    };
    server.registerTool('lint', { title: 'Check a draft', description: 'Check a draft (meeting notice, email, message) in Chinese or English for vague times, wrong weekdays, missing 5W2H, a complaint sent to a group … Returns each problem with its line, column, message and fix.', inputSchema: checking }, async (input) => answer(async () => summary(await lint({ text: input.text, filename: input.filename }, { now: input.now, locale: input.locale, recipients: input.recipients }))));
    server.registerTool('fix', { title: 'Fix a draft', description: 'Apply the safe fixes (the right weekday, the date after 明天 / "next Tuesday") and return the fixed text with the problems left.', inputSchema: checking }, async (input) => answer(async () => {
        const result = await fix({ text: input.text, filename: input.filename }, { now: input.now, locale: input.locale, recipients: input.recipients });
        return { output: result.output ?? result.source, ...summary(result) };
    }));
    server.registerTool('extract', { title: "Read a notice's 5W2H", description: "Read a meeting notice's what, why, who, when (ISO 8601 with its zone), where, how and how much, and what it is missing.", inputSchema: { ...draft, tz: z.string().optional().describe('zone of times written with none: Asia/Taipei, +08:00, PT') } }, async (input) => answer(async () => ({ ...(await extract({ text: input.text, filename: input.filename }, { now: input.now, tz: input.tz })) })));
    await server.connect(new StdioServerTransport());
}
/** The SDK is an optional peer dependency: only this command needs it, and it is a large install. */
async function loadSdk() {
    try {
        return await Promise.all([
            import('@modelcontextprotocol/sdk/server/mcp.js'),
            import('@modelcontextprotocol/sdk/server/stdio.js'),
            import('zod'),
        ]);
    }
    catch (error) {
        if (error.code !== 'ERR_MODULE_NOT_FOUND')
            throw error;
        throw new UsageError('draftlint mcp needs the MCP SDK: npm install @modelcontextprotocol/sdk zod');
    }
}
function summary(result) {
    return {
        kind: result.document.kind,
        language: result.document.language,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        infoCount: result.infoCount,
        problems: result.diagnostics.map((d) => ({ rule: d.ruleId, severity: ['info', 'warning', 'error'][d.severity], message: d.message, line: d.line, column: d.column, fix: d.fix?.text, suggestions: d.suggestions?.map((s) => s.desc) })),
    };
}
/** A tool's answer as text (for any client) and structured content; a bad input is an error result, not a crash. */
async function answer(work) {
    try {
        const data = await work();
        return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }], structuredContent: data };
    }
    catch (error) {
        if (!(error instanceof UsageError || error instanceof InputError))
            throw error;
        return { content: [{ type: 'text', text: error.message }], isError: true };
    }
}
