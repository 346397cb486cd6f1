// One front door: the same config file gives the same diagnostics through the library, `check --stdin`, the language
// server, MCP, the playground's API and the remark plugin; and two draftlint instances in one process keep their own.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { createDraftlint } from '../src/index.js';
import remarkDraftlint from '../src/remark.js';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/draftlint.js');
const now = '2026-11-27T10:00:00+08:00';
// 2030-12-05 is a Thursday: a wrong weekday, a vague time, and a day far enough ahead that no check calls it past.
const draft = '# 評審會\n\n評審會訂於2030年12月5日（週五）上午10點，在301會議室舉行，請稍後回覆。\n';
const TEAM = 'rules:\n  vague-time: "off"\n  weekday-mismatch: warn\n';
const LEVEL = ['info', 'warning', 'error'];

function workspace(): { dir: string; config: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-front-door-'));
  writeFileSync(join(dir, '.draftlintrc.yaml'), TEAM);
  writeFileSync(join(dir, 'team.yaml'), TEAM);
  writeFileSync(join(dir, 'draft.md'), draft);
  return { dir, config: join(dir, 'team.yaml'), file: join(dir, 'draft.md') };
}

function run(args: string[], input = '', cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [bin, ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

const shown = (list: { rule: string; level: string; line: number; column: number }[]) =>
  list.map((d) => `${d.rule} ${d.level} ${d.line}:${d.column}`);

async function viaLibrary(config: string): Promise<string[]> {
  const draftlint = await createDraftlint({ configFile: config });
  const result = await draftlint.lintText({ text: draft, filename: 'draft.md' }, { now });
  return shown(
    result.diagnostics.map((d) => ({ rule: d.ruleId, level: LEVEL[d.severity], line: d.line, column: d.column })),
  );
}

async function viaStdin(config: string): Promise<string[]> {
  const { stdout } = await run(
    ['check', '--stdin', '--stdin-filename', 'draft.md', '-c', config, '--format', 'json', '--now', now],
    draft,
  );
  const [result] = JSON.parse(stdout) as {
    messages: { ruleId: string; severity: number; level: string; line: number; column: number }[];
  }[];
  return shown(result.messages.map((m) => ({ rule: m.ruleId, level: m.level, line: m.line, column: m.column })));
}

async function viaMcp(config: string): Promise<string[]> {
  const client = new Client({ name: 'front-door-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: 'node', args: [bin, 'mcp', '-c', config], stderr: 'pipe' }));
  try {
    const result = await client.callTool({ name: 'lint', arguments: { text: draft, filename: 'draft.md', now } });
    const content = result.structuredContent as {
      problems: { rule: string; severity: string; line: number; column: number }[];
    };
    return shown(content.problems.map((p) => ({ rule: p.rule, level: p.severity, line: p.line, column: p.column })));
  } finally {
    await client.close();
  }
}

async function viaServe(config: string): Promise<string[]> {
  const server: ChildProcess = spawn('node', [bin, 'serve', '--port', '0', '--now', now, '-c', config], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve) =>
      server.stdout!.on('data', (chunk: Buffer) => resolve(/http:\/\/\S+/.exec(chunk.toString())![0])),
    );
    const response = await fetch(new URL('api/lint', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: draft, filename: 'draft.md' }),
    });
    const body = (await response.json()) as {
      diagnostics: { ruleId: string; severity: number; line: number; column: number }[];
    };
    return shown(
      body.diagnostics.map((d) => ({ rule: d.ruleId, level: LEVEL[d.severity], line: d.line, column: d.column })),
    );
  } finally {
    server.kill();
  }
}

async function viaRemark(config: string, file: string): Promise<string[]> {
  const vfile = await remark().use(remarkDraftlint, { configFile: config, now }).process({ path: file, value: draft });
  const level = (fatal: boolean | null | undefined) => (fatal ? 'error' : fatal === false ? 'warning' : 'info');
  return shown(
    vfile.messages.map((m) => ({ rule: m.ruleId!, level: level(m.fatal), line: m.line!, column: m.column! })),
  );
}

/** The language server reads the config above the file, as `check` does without -c. */
async function viaLsp(file: string): Promise<string[]> {
  const server = spawn('node', [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  const uri = pathToFileURL(file).href;
  const published = new Promise<{
    diagnostics: { code: string; severity: number; range: { start: { line: number; character: number } } }[];
  }>((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
      if (p.uri === uri) resolve(p);
    }),
  );
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: draft },
    });
    const { diagnostics } = await published;
    // LSP severities: 1 error, 2 warning, 3 information.
    const level = (severity: number) => ['', 'error', 'warning', 'info'][severity];
    return shown(
      diagnostics.map((d) => ({
        rule: d.code,
        level: level(d.severity),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      })),
    );
  } finally {
    connection.dispose();
    server.kill();
  }
}

describe('one config, every way in', () => {
  it('the library, check --stdin, the language server, MCP, serve and remark give the same diagnostics', async () => {
    const { config, file } = workspace();
    const expected = await viaLibrary(config);
    expect(expected).toContain('weekday-mismatch warning 3:17');
    expect(expected.some((d) => d.startsWith('vague-time'))).toBe(false);
    expect(await viaStdin(config)).toEqual(expected);
    expect(await viaRemark(config, file)).toEqual(expected);
    expect(await viaMcp(config)).toEqual(expected);
    expect(await viaServe(config)).toEqual(expected);
    // The language server has no --now: the draft's day is years ahead, so nothing in it depends on the clock.
    expect(await viaLsp(file)).toEqual(expected);
  }, 60_000);

  it('check --stdin honours -c: a rule the config turns off does not report', async () => {
    const { config } = workspace();
    const input = 'Please reply ASAP.\n';
    const without = await run(['check', '--stdin', '--no-config', '--format', 'json'], input);
    expect(JSON.parse(without.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['vague-time']);
    const withConfig = await run(['check', '--stdin', '-c', config, '--format', 'json'], input);
    expect(withConfig.code).toBe(0);
    expect(JSON.parse(withConfig.stdout)[0].messages).toEqual([]);
  });
});

describe('draftlint instances', () => {
  it('two instances with different configs in one process each give their own results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-two-'));
    writeFileSync(join(dir, 'quiet.yaml'), 'rules:\n  vague-time: "off"\n');
    writeFileSync(join(dir, 'loud.yaml'), 'rules:\n  vague-time: error\n');
    const [quiet, loud] = await Promise.all([
      createDraftlint({ configFile: join(dir, 'quiet.yaml') }),
      createDraftlint({ configFile: join(dir, 'loud.yaml') }),
    ]);
    const input = { text: '我一會兒再打給你。', filename: 'note.txt' };
    const [a, b, c] = await Promise.all([quiet.lintText(input), loud.lintText(input), quiet.lintText(input)]);
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['vague-time:2']);
    expect(c.diagnostics).toEqual([]);
  });

  it('each instance keeps its own segmenter', async () => {
    await expect(createDraftlint({ segmenter: 'thulac' as never })).rejects.toThrow('unknown segmenter');
    const plain = await createDraftlint({ noConfig: true });
    expect((await plain.lintText('我一會兒再打給你。')).diagnostics.map((d) => d.ruleId)).toEqual(['vague-time']);
  });
});
