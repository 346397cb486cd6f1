// draftlint lsp, driven over stdio by a JSON-RPC client as an editor drives it: open a draft, receive diagnostics,
// apply a code action, see the diagnostic go; hover; the workspace's config file.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
}
interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}
interface TextEdit {
  range: LspDiagnostic['range'];
  newText: string;
}

let server: ChildProcess;
let connection: MessageConnection;
const published: Published[] = [];
const waiters: ((p: Published) => void)[] = [];

function nextDiagnostics(uri: string, version?: number): Promise<Published> {
  const found = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const waiter = (p: Published) => {
      if (p.uri === uri && (version === undefined || p.version === version)) resolve(p);
      else waiters.push(waiter);
    };
    waiters.push(waiter);
  });
}

beforeAll(async () => {
  server = spawn('node', [join(root, 'bin/draftlint.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const waiter of waiters.splice(0)) waiter(p);
  });
  connection.listen();
  const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  expect(init).toMatchObject({ capabilities: { codeActionProvider: expect.anything(), hoverProvider: true } });
  await connection.sendNotification('initialized', {});
}, 30_000);

afterAll(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();
});

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
    out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}

describe('draftlint lsp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-lsp-'));
  const uri = pathToFileURL(join(dir, 'notice.md')).href;
  const text = '# 評審會\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室，請回覆。\n';

  it('publishes diagnostics when a draft is opened', async () => {
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await nextDiagnostics(uri, 1);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'weekday-mismatch',
        severity: 1,
        message: '2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。',
        range: { start: { line: 2, character: 15 }, end: { line: 2, character: 17 } },
      }),
    );
    // The rule id links to its docs page, shipped with the package.
    const weekday = diagnostics.find((d) => d.code === 'weekday-mismatch') as unknown as {
      codeDescription?: { href: string };
    };
    expect(weekday.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/weekday-mismatch\.md$/);
    expect(existsSync(new URL(weekday.codeDescription!.href))).toBe(true);
  });

  it('offers the fix as a code action; applied, the diagnostic goes', async () => {
    const { diagnostics } = await nextDiagnostics(uri, 1);
    const weekday = diagnostics.find((d) => d.code === 'weekday-mismatch')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: weekday.range,
      context: { diagnostics: [weekday] },
    })) as { title: string; edit: { changes: Record<string, TextEdit[]> } }[];
    expect(actions[0].edit.changes[uri]).toEqual([{ range: weekday.range, newText: '週六' }]);
    const fixed = apply(text, actions[0].edit.changes[uri]);
    expect(fixed).toBe('# 評審會\n\n會議訂於2026年12月5日（週六）上午10點，在301會議室，請回覆。\n');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: weekday.range, text: '週六' }],
    });
    const after = await nextDiagnostics(uri, 2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('weekday-mismatch');
  });

  it('shows the rule and its docs on hover', async () => {
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text }],
    });
    const { diagnostics } = await nextDiagnostics(uri, 3);
    const weekday = diagnostics.find((d) => d.code === 'weekday-mismatch')!;
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: weekday.range.start,
    })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**weekday-mismatch**');
    expect(hover.contents.value).toContain('Require the weekday written beside a date to be that date');
  });

  it("reads the rules from the workspace's config file", async () => {
    writeFileSync(join(dir, '.draftlintrc.json'), JSON.stringify({ rules: { 'weekday-mismatch': 'off' } }));
    const other = pathToFileURL(join(dir, 'other.md')).href;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: other, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await nextDiagnostics(other, 1);
    expect(diagnostics.map((d) => d.code)).not.toContain('weekday-mismatch');
  });
});
