// Starts `draftlint lsp` for Markdown, plain text and .eml files. No build step: this file is the extension.
//
// A repository opened in the editor is someone else's until the user trusts it: its settings cannot choose the
// command that runs (draftlint.path is read from user and machine settings only), its node_modules are not run
// (the draftlint bundled with the extension is), and the server is told not to load a JavaScript config.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** draftlint.path from the user's or the machine's settings; a workspace's own value is ignored. */
function configuredPath() {
  const inspected = vscode.workspace.getConfiguration('draftlint').inspect('path');
  return inspected?.globalValue || undefined;
}

/** The draftlint shipped inside the extension (node_modules), or, in a draftlint checkout, the checkout's own. */
function bundledServer() {
  for (const dir of [join(__dirname, 'node_modules', 'draftlint'), join(__dirname, '..', '..')]) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'draftlint' && existsSync(join(dir, 'bin', 'draftlint.js')))
        return join(dir, 'bin', 'draftlint.js');
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The user's configured command, else the trusted workspace's own draftlint, else the bundled one; never npx. */
function serverCommand() {
  const args = ['lsp', '--stdio'];
  const configured = configuredPath();
  if (configured) return { command: configured, args };
  if (vscode.workspace.isTrusted) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const local = join(
        folder.uri.fsPath,
        'node_modules',
        '.bin',
        process.platform === 'win32' ? 'draftlint.cmd' : 'draftlint',
      );
      if (existsSync(local)) return { command: local, args };
    }
  }
  const bundled = bundledServer();
  if (!bundled) return undefined;
  // The editor's own Node.js runs it: in VS Code, process.execPath is Electron, which ELECTRON_RUN_AS_NODE makes Node.
  return { command: process.execPath, args: [bundled, ...args], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } };
}

async function start() {
  const server = serverCommand();
  if (!server) {
    vscode.window?.showErrorMessage?.('draftlint: no draftlint to run; set draftlint.path in your user settings.');
    return;
  }
  const executable = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
    options: server.env ? { env: server.env } : undefined,
  };
  client = new LanguageClient(
    'draftlint',
    'draftlint',
    { run: executable, debug: executable },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', pattern: '**/*.eml' },
        { scheme: 'untitled', language: 'markdown' },
        { scheme: 'untitled', language: 'plaintext' },
      ],
      initializationOptions: { trusted: vscode.workspace.isTrusted === true },
    },
  );
  await client.start();
}

async function activate(context) {
  context.subscriptions.push({ dispose: () => client?.stop() });
  // Trusting the workspace later lets its config and its own draftlint in: the server starts again.
  const granted = vscode.workspace.onDidGrantWorkspaceTrust?.(async () => {
    await client?.stop();
    await start();
  });
  if (granted) context.subscriptions.push(granted);
  await start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate, serverCommand };
