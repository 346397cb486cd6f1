// The VS Code extension (editors/vscode/extension.js), run against a stand-in for the VS Code API and the language
// client: which command it starts, for which documents, and that the command it builds does start a language
// server. VS Code itself is not run here.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const settings: Record<string, unknown> = {};
const folders: { uri: { fsPath: string } }[] = [];
const clients: { id: string; server: { run: { command: string; args: string[] } }; options: { documentSelector: Record<string, string>[] }; started: boolean; stopped: boolean }[] = [];

const fakeVscode = {
  workspace: {
    getConfiguration: () => ({ get: (key: string) => settings[key] }),
    get workspaceFolders() {
      return folders;
    },
  },
};
class FakeLanguageClient {
  started = false;
  stopped = false;
  constructor(
    public id: string,
    public name: string,
    public server: { run: { command: string; args: string[] } },
    public options: { documentSelector: Record<string, string>[] },
  ) {
    clients.push(this);
  }
  async start() {
    this.started = true;
  }
  async stop() {
    this.stopped = true;
  }
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };
const originalLoad = loader._load;
let extension: { activate(context: { subscriptions: unknown[] }): Promise<void>; deactivate(): Promise<void>; serverCommand(): { command: string; args: string[] } };

beforeAll(() => {
  loader._load = function (request, parent, isMain) {
    if (request === 'vscode') return fakeVscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0 } };
    return originalLoad.call(this, request, parent, isMain);
  };
  extension = createRequire(import.meta.url)('../editors/vscode/extension.js');
});

afterAll(() => {
  loader._load = originalLoad;
});

describe('the VS Code extension', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'draftlint-vscode-'));

  it('runs npx draftlint lsp when the workspace has no draftlint of its own', () => {
    expect(extension.serverCommand()).toEqual({ command: 'npx', args: ['--yes', 'draftlint', 'lsp', '--stdio'] });
  });

  it("prefers the workspace's node_modules/.bin/draftlint, and draftlint.path over both", () => {
    mkdirSync(join(workspace, 'node_modules/.bin'), { recursive: true });
    symlinkSync(join(root, 'bin/draftlint.js'), join(workspace, 'node_modules/.bin/draftlint'));
    folders.push({ uri: { fsPath: workspace } });
    expect(extension.serverCommand()).toEqual({ command: join(workspace, 'node_modules/.bin/draftlint'), args: ['lsp', '--stdio'] });
    settings.path = '/opt/draftlint/bin/draftlint';
    expect(extension.serverCommand().command).toBe('/opt/draftlint/bin/draftlint');
    delete settings.path;
  });

  it('starts a client for Markdown, plain text and .eml files, and stops it on deactivation', async () => {
    const context = { subscriptions: [] as unknown[] };
    await extension.activate(context);
    const [client] = clients;
    expect(client.id).toBe('draftlint');
    expect(client.started).toBe(true);
    expect(client.options.documentSelector).toEqual(
      expect.arrayContaining([
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', pattern: '**/*.eml' },
      ]),
    );
    expect(context.subscriptions).toHaveLength(1);
    await extension.deactivate();
    expect(client.stopped).toBe(true);
  });

  it('builds a command line that starts a working language server', async () => {
    const { command, args } = clients[0].server.run;
    const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    expect(init).toMatchObject({ serverInfo: { name: 'draftlint' }, capabilities: { hoverProvider: true } });
    await connection.sendRequest('shutdown');
    connection.dispose();
    server.kill();
  }, 30_000);
});
