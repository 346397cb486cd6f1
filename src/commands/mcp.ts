// `draftlint mcp`: a Model Context Protocol server on stdio, so an assistant drafting a mail can check it before
// showing it. Tools: lint, fix, extract. The SDK is loaded only when the server starts, never by `check`.
// Each draft is checked in a worker thread within the time budget, so one draft never holds the server; a request
// the client cancels stops its check.
import { Command } from 'commander';
import { createDraftlint, type Draftlint } from '../draftlint.js';
import { InputError, UsageError } from '../input/errors.js';
import type { LintResult } from '../lint.js';
import { CancelledError, CheckFailure, DEFAULT_MAX_FILE_TIME } from '../budget/pool.js';

export const DEFAULT_MAX_DRAFT_SIZE = 1024 * 1024;

interface Limits {
  maxSize: number;
  seconds: number;
}

export function mcpCommand(version: string): Command {
  return new Command('mcp')
    .description('serve lint, fix and extract to an assistant over the Model Context Protocol (stdio)')
    .option('--max-size <bytes>', 'refuse a draft larger than this many bytes of UTF-8 (default 1048576, 1 MiB)')
    .option('--max-file-time <seconds>', 'give up on a draft not checked within this many seconds (default 10)')
    .option('-c, --config <path>', 'use this config file (default: the nearest one above the working directory)')
    .option('--no-config', 'use no config file')
    .addHelpText(
      'after',
      '\nExample (an MCP client configuration):\n  { "command": "npx", "args": ["draftlint", "mcp"] }',
    )
    .action(async (flags: { maxSize?: string; maxFileTime?: string; config?: string | false }) => {
      const maxSize = flags.maxSize === undefined ? DEFAULT_MAX_DRAFT_SIZE : Number(flags.maxSize);
      if (!(Number.isInteger(maxSize) && maxSize > 0))
        throw new UsageError(`--max-size must be a whole number of bytes, got "${flags.maxSize}"`);
      const seconds = flags.maxFileTime === undefined ? DEFAULT_MAX_FILE_TIME : Number(flags.maxFileTime);
      if (!(Number.isFinite(seconds) && seconds > 0))
        throw new UsageError(`--max-file-time must be a number of seconds, got "${flags.maxFileTime}"`);
      const configFile = typeof flags.config === 'string' ? flags.config : undefined;
      const draftlint = await createDraftlint({ configFile, noConfig: flags.config === false });
      await serve(version, draftlint, { maxSize, seconds });
    });
}

async function serve(version: string, draftlint: Draftlint, limits: Limits): Promise<void> {
  const [{ McpServer }, { StdioServerTransport }, { z }] = await loadSdk();
  const server = new McpServer({ name: 'draftlint', version });
  const draft = {
    text: z.string().describe('the draft: an email (with headers when filename ends in .eml), Markdown or plain text'),
    filename: z.string().optional().describe('its name; the extension picks the format: .eml, .md, .txt'),
    now: z
      .string()
      .optional()
      .describe('reference time for relative dates, ISO 8601 (default: the Date header, else now)'),
  };
  const checking = {
    ...draft,
    locale: z
      .enum(['en', 'zh-Hant', 'zh-Hans'])
      .optional()
      .describe("language of the messages (default: the draft's own)"),
    recipients: z
      .array(z.string())
      .optional()
      .describe('who it goes to, when the text has no headers: "team@example.com", "Ana <ana@example.com>"'),
  };

  server.registerTool(
    'lint',
    {
      title: 'Check a draft',
      description:
        'Check a draft (meeting notice, email, message) in Chinese or English for vague times, wrong weekdays, missing 5W2H, a complaint sent to a group … Returns each problem with its line, column, message and fix.',
      inputSchema: checking,
    },
    async (input, extra) =>
      answer(async () => {
        const draft = within(limits, input);
        const options = {
          now: input.now,
          locale: input.locale,
          recipients: input.recipients,
          maxFileTime: limits.seconds,
        };
        return summary(await draftlint.lintText(draft, options, { signal: extra.signal }));
      }),
  );
  server.registerTool(
    'fix',
    {
      title: 'Fix a draft',
      description:
        'Apply the safe fixes (the right weekday, the date after 明天 / "next Tuesday") and return the fixed text with the problems left.',
      inputSchema: checking,
    },
    async (input, extra) =>
      answer(async () => {
        const draft = within(limits, input);
        const options = {
          now: input.now,
          locale: input.locale,
          recipients: input.recipients,
          maxFileTime: limits.seconds,
        };
        const result = await draftlint.fix(draft, options, { signal: extra.signal });
        return { output: result.output ?? result.source, ...summary(result) };
      }),
  );
  server.registerTool(
    'extract',
    {
      title: "Read a notice's 5W2H",
      description:
        "Read a meeting notice's what, why, who, when (ISO 8601 with its zone), where, how and how much, and what it is missing.",
      inputSchema: {
        ...draft,
        tz: z.string().optional().describe('zone of times written with none: Asia/Taipei, +08:00, PT'),
      },
    },
    async (input, extra) =>
      answer(async () => {
        const draft = within(limits, input);
        const options = { now: input.now, tz: input.tz, maxFileTime: limits.seconds };
        return { ...(await draftlint.extract(draft, options, { signal: extra.signal })) };
      }),
  );
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
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new UsageError('draftlint mcp needs the MCP SDK: npm install @modelcontextprotocol/sdk zod');
  }
}

/** The draft, when it is within the size limit. */
function within(limits: Limits, input: { text: string; filename?: string }): { text: string; filename?: string } {
  const size = Buffer.byteLength(input.text, 'utf8');
  if (size > limits.maxSize)
    throw new InputError(`draft of ${size} bytes, over the ${limits.maxSize}-byte limit (draftlint mcp --max-size)`);
  return { text: input.text, filename: input.filename };
}

function summary(result: LintResult): Record<string, unknown> {
  return {
    kind: result.document.kind,
    language: result.document.language,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    problems: result.diagnostics.map((d) => ({
      rule: d.ruleId,
      severity: ['info', 'warning', 'error'][d.severity],
      message: d.message,
      line: d.line,
      column: d.column,
      fix: d.fix?.text,
      suggestions: d.suggestions?.map((s) => s.desc),
    })),
  };
}

/** A tool's answer as text (for any client) and structured content; a bad input is an error result, not a crash. */
async function answer(work: () => Promise<Record<string, unknown>>) {
  try {
    const data = await work();
    return { content: [{ type: 'text' as const, text: JSON.stringify(data, null, 2) }], structuredContent: data };
  } catch (error) {
    if (error instanceof CheckFailure)
      return { content: [{ type: 'text' as const, text: error.reason }], isError: true };
    if (!(error instanceof UsageError || error instanceof InputError || error instanceof CancelledError)) throw error;
    return { content: [{ type: 'text' as const, text: error.message }], isError: true };
  }
}
