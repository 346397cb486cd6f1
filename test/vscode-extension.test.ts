// The VS Code extension (editors/vscode/extension.js), run against a stand-in for the VS Code API and the language
// client: which command it starts, for which documents, and that the command it builds does start a language
// server. VS Code itself is not run here.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
// draftlint.path as the user's settings (globalValue) and the workspace's (workspaceValue) give it.
const settings: Record<string, { globalValue?: unknown; workspaceValue?: unknown }> = {};
const folders: { uri: { fsPath: string } }[] = [];
const trust = { isTrusted: false };
type Server = { command: string; args: string[]; options?: { env?: Record<string, string> } };
const clients: {
  id: string;
  server: { run: Server };
  options: { documentSelector: Record<string, string>[]; initializationOptions: { trusted: boolean } };
  started: boolean;
  stopped: boolean;
}[] = [];

const fakeVscode = {
  workspace: {
    getConfiguration: () => ({
      get: (key: string) => settings[key]?.workspaceValue ?? settings[key]?.globalValue,
      inspect: (key: string) => ({ key, ...settings[key] }),
    }),
    get workspaceFolders() {
      return folders;
    },
    get isTrusted() {
      return trust.isTrusted;
    },
  },
};
class FakeLanguageClient {
  started = false;
  stopped = false;
  constructor(
    public id: string,
    public name: string,
    public server: { run: Server },
    public options: { documentSelector: Record<string, string>[]; initializationOptions: { trusted: boolean } },
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
let extension: {
  activate(context: { subscriptions: unknown[] }): Promise<void>;
  deactivate(): Promise<void>;
  serverCommand(): Server & { env?: Record<string, string> };
};

beforeAll(() => {
  loader._load = function (request, parent, isMain) {
    if (request === 'vscode') return fakeVscode;
    if (request === 'vscode-languageclient/node')
      return { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0 } };
    return originalLoad.call(this, request, parent, isMain);
  };
  extension = createRequire(import.meta.url)('../editors/vscode/extension.js');
});

afterAll(() => {
  loader._load = originalLoad;
});

describe('the VS Code extension', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'draftlint-vscode-'));

  it('never runs npx: with no draftlint in the workspace, it runs the draftlint that comes with the extension', () => {
    const server = extension.serverCommand();
    expect(server.command).toBe(process.execPath);
    expect(server.args).toEqual([join(root, 'bin/draftlint.js'), 'lsp', '--stdio']);
    expect(server.env?.ELECTRON_RUN_AS_NODE).toBe('1');
  });

  it("runs the workspace's node_modules/.bin/draftlint only when the workspace is trusted", () => {
    mkdirSync(join(workspace, 'node_modules/.bin'), { recursive: true });
    symlinkSync(join(root, 'bin/draftlint.js'), join(workspace, 'node_modules/.bin/draftlint'));
    folders.push({ uri: { fsPath: workspace } });
    expect(extension.serverCommand().command).toBe(process.execPath);
    trust.isTrusted = true;
    expect(extension.serverCommand()).toEqual({
      command: join(workspace, 'node_modules/.bin/draftlint'),
      args: ['lsp', '--stdio'],
    });
    trust.isTrusted = false;
  });

  it('takes draftlint.path from the user settings, never from the workspace settings', () => {
    settings.path = { workspaceValue: '/tmp/repo/evil.sh' };
    expect(extension.serverCommand().command).toBe(process.execPath);
    trust.isTrusted = true;
    expect(extension.serverCommand().command).not.toBe('/tmp/repo/evil.sh');
    settings.path = { globalValue: '/opt/draftlint/bin/draftlint', workspaceValue: '/tmp/repo/evil.sh' };
    expect(extension.serverCommand()).toEqual({ command: '/opt/draftlint/bin/draftlint', args: ['lsp', '--stdio'] });
    delete settings.path;
    trust.isTrusted = false;
  });

  it('declares limited support for untrusted workspaces, and draftlint.path as a machine setting', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'editors/vscode/package.json'), 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({
      supported: 'limited',
      restrictedConfigurations: ['draftlint.path'],
    });
    expect(manifest.contributes.configuration.properties['draftlint.path'].scope).toBe('machine');
    expect(manifest.dependencies.draftlint).toBeDefined();
  });

  it('starts a client for Markdown, plain text and .eml files, and stops it on deactivation', async () => {
    const context = { subscriptions: [] as unknown[] };
    await extension.activate(context);
    const [client] = clients;
    expect(client.id).toBe('draftlint');
    expect(client.started).toBe(true);
    expect(client.options.initializationOptions).toEqual({ trusted: false });
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
    const { command, args, options } = clients[0].server.run;
    const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], env: options?.env });
    const connection = createMessageConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    connection.listen();
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    expect(init).toMatchObject({ serverInfo: { name: 'draftlint' }, capabilities: { hoverProvider: true } });
    await connection.sendRequest('shutdown');
    connection.dispose();
    server.kill();
  }, 30_000);
});
