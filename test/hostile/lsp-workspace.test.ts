// The language server in a repository the user has not trusted: its JavaScript config is not run, its data configs
// are read; odd URIs and failures on one document are logged and the server keeps serving.
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
import { afterEach, describe, expect, it } from 'vitest';
import { bin } from './support.js';

interface Published {
  uri: string;
  diagnostics: { code: string }[];
}

interface Session {
  server: ChildProcess;
  connection: MessageConnection;
  published: Published[];
  messages: { type: number; message: string }[];
  logs: string[];
  next(uri: string): Promise<Published>;
}

const sessions: Session[] = [];

async function start(initializationOptions?: object): Promise<Session> {
  const server = spawn('node', [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  const published: Published[] = [];
  const messages: { type: number; message: string }[] = [];
  const logs: string[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const waiter of waiters.splice(0)) waiter();
  });
  connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
    messages.push(m);
  });
  connection.onNotification('window/logMessage', (m: { message: string }) => {
    logs.push(m.message);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const next = async (uri: string): Promise<Published> => {
    for (;;) {
      const found = published.find((p) => p.uri === uri);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const session = { server, connection, published, messages, logs, next };
  sessions.push(session);
  return session;
}

afterEach(() => {
  for (const { connection, server } of sessions.splice(0)) {
    connection.dispose();
    server.kill();
  }
});

const text = '# 評審會\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室，請回覆。\n';

function repositoryWithCodeConfig(): { dir: string; marker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-untrusted-'));
  const marker = join(dir, 'pwned');
  writeFileSync(
    join(dir, 'draftlint.config.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { rules: { 'weekday-mismatch': 'off' } };\n`,
  );
  writeFileSync(join(dir, 'package.json'), '{ "name": "someone-elses-docs" }');
  return { dir, marker };
}

describe('the language server in an untrusted workspace', () => {
  it('does not run the workspace’s draftlint.config.js, and warns the client once', async () => {
    const { dir, marker } = repositoryWithCodeConfig();
    const session = await start();
    const uri = pathToFileURL(join(dir, 'notice.md')).href;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await session.next(uri);
    expect(existsSync(marker)).toBe(false);
    expect(diagnostics.map((d) => d.code)).toContain('weekday-mismatch');
    expect(session.messages).toEqual([
      {
        type: 2,
        message: expect.stringContaining(
          `${join(dir, 'draftlint.config.js')} not loaded: the workspace is not trusted`,
        ),
      },
    ]);
  }, 30_000);

  it('reads a JSON config in an untrusted workspace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-untrusted-json-'));
    writeFileSync(join(dir, '.draftlintrc.json'), JSON.stringify({ rules: { 'weekday-mismatch': 'off' } }));
    const session = await start();
    const uri = pathToFileURL(join(dir, 'notice.md')).href;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await session.next(uri);
    expect(diagnostics.map((d) => d.code)).not.toContain('weekday-mismatch');
  }, 30_000);

  it('loads the JavaScript config when the client says the workspace is trusted', async () => {
    const { dir, marker } = repositoryWithCodeConfig();
    const session = await start({ trusted: true });
    const uri = pathToFileURL(join(dir, 'notice.md')).href;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await session.next(uri);
    expect(existsSync(marker)).toBe(true);
    expect(diagnostics.map((d) => d.code)).not.toContain('weekday-mismatch');
  }, 30_000);
});

describe('the language server and odd documents', () => {
  it.each(['file://host/share/x.md', 'file:///a%2Fb.md', 'not a uri'])(
    'keeps serving after a document at %s',
    async (odd) => {
      const session = await start();
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: odd, languageId: 'markdown', version: 1, text },
      });
      const good = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'draftlint-lsp-odd-')), 'notice.md')).href;
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: good, languageId: 'markdown', version: 1, text },
      });
      const { diagnostics } = await session.next(good);
      expect(diagnostics.map((d) => d.code)).toContain('weekday-mismatch');
      expect(session.server.exitCode).toBe(null);
      expect(session.logs.some((line) => line.includes(odd))).toBe(true);
    },
    30_000,
  );
});

describe('the language server and the time budget', () => {
  it('reports a draft not checked within the budget the client set, and keeps serving', async () => {
    const session = await start({ maxFileTime: 0.001 });
    const uri = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'draftlint-lsp-budget-')), 'notice.md')).href;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await session.next(uri);
    expect(diagnostics).toEqual([
      expect.objectContaining({ message: 'skipped: not checked within the 0.001 s time budget (--max-file-time)' }),
    ]);
    expect(session.server.exitCode).toBe(null);
  }, 30_000);
});
