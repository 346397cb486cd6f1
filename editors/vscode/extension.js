// Starts `draftlint lsp` for Markdown, plain text and .eml files. No build step: this file is the extension.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The configured command, else the workspace's own draftlint, else npx. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('draftlint').get('path');
  if (configured) return { command: configured, args: ['lsp', '--stdio'] };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'draftlint.cmd' : 'draftlint');
    if (existsSync(local)) return { command: local, args: ['lsp', '--stdio'] };
  }
  return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--yes', 'draftlint', 'lsp', '--stdio'] };
}

async function activate(context) {
  const { command, args } = serverCommand();
  const executable = { command, args, transport: TransportKind.stdio };
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
    },
  );
  context.subscriptions.push({ dispose: () => client?.stop() });
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate, serverCommand };
