// Plugins: the worked example in examples/plugin (an internal code name in a mail to outsiders), loaded from a config
// and checked end to end through the CLI, the library and the language server; and from a package.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { describe, expect, it } from 'vitest';
import { createDraftlint } from '../src/index.js';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/draftlint.js');
const example = join(root, 'examples/plugin');
const draft = readFileSync(join(example, 'partner-update.eml'), 'utf8');

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      [bin, ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const codeNameFindings = (messages: { ruleId: string; line: number; column: number; message: string }[]) =>
  messages.filter((m) => m.ruleId === 'codename/code-name').map((m) => `${m.line}:${m.column} ${m.message}`);
const EXPECTED = [
  '10:22 "Bluefin" is an internal code name, and this mail goes to bo@partner.example.org, outside the company.',
];

describe('the example plugin', () => {
  it('through the CLI: reported in the stylish, JSON and SARIF output, listed by draftlint rules', async () => {
    const json = await run(['check', 'partner-update.eml', '--format', 'json'], example);
    expect(json.code).toBe(1);
    expect(codeNameFindings(JSON.parse(json.stdout)[0].messages)).toEqual(EXPECTED);
    const sarif = JSON.parse((await run(['check', 'partner-update.eml', '--format', 'sarif'], example)).stdout);
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('codename/code-name');
    expect(sarifRun.results.map((r: { ruleId: string }) => r.ruleId)).toContain('codename/code-name');
    const rules = await run(['rules'], example);
    expect(rules.stdout).toMatch(/^codename\/code-name +audience +error +Do not name an internal code name/m);
    const printed = JSON.parse((await run(['check', '--print-config', 'partner-update.eml'], example)).stdout);
    expect(printed.plugins).toEqual(['codename']);
    expect(printed.rules['codename/code-name']).toMatchObject({
      severity: 'error',
      options: { internalDomains: ['example.com'] },
    });
  });

  it('through the library: from the config file, or handed over as a plugin module', async () => {
    const fromConfig = await createDraftlint({ cwd: example });
    const result = await fromConfig.lintText({ text: draft, filename: join(example, 'partner-update.eml') });
    expect(codeNameFindings(result.diagnostics)).toEqual(EXPECTED);
    const given = await createDraftlint({
      noConfig: true,
      plugins: [join(example, 'codename.js')],
      rules: { 'codename/code-name': ['warn', { names: ['Bluefin'], internalDomains: ['example.com'] }] },
    });
    const warned = await given.lintText({ text: draft, filename: 'partner-update.eml' });
    expect(warned.diagnostics.filter((d) => d.ruleId === 'codename/code-name').map((d) => d.severity)).toEqual([1]);
    // A plugin's rule is off until a config turns it on.
    const off = await createDraftlint({ noConfig: true, plugins: [join(example, 'codename.js')] });
    expect((await off.lintText({ text: draft, filename: 'a.eml' })).diagnostics.map((d) => d.ruleId)).not.toContain(
      'codename/code-name',
    );
  });

  it('from a package: plugins: [codename] loads draftlint-plugin-codename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-plugin-'));
    const pkg = join(dir, 'node_modules/draftlint-plugin-codename');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'draftlint-plugin-codename', type: 'module', main: 'index.js' }),
    );
    // The package's rules come from the example; without its own `name` the namespace comes from the package's.
    writeFileSync(
      join(pkg, 'index.js'),
      `import plugin from ${JSON.stringify(pathToFileURL(join(example, 'codename.js')).href)};\nexport const rules = plugin.rules;\n`,
    );
    writeFileSync(
      join(dir, '.draftlintrc.yaml'),
      'plugins: [codename]\nrules:\n  codename/code-name: [error, { names: [Bluefin], internalDomains: [example.com] }]\n',
    );
    cpSync(join(example, 'partner-update.eml'), join(dir, 'mail.eml'));
    const { code, stdout } = await run(['check', 'mail.eml', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(codeNameFindings(JSON.parse(stdout)[0].messages)).toEqual(EXPECTED);
  });

  it.each([
    ['plugins: [nothing-here]\n', /plugins: "nothing-here": cannot find the package draftlint-plugin-nothing-here/],
    ['plugins: [./missing.js]\n', /plugins: "\.\/missing\.js": cannot be loaded/],
    ['rules:\n  codename/code-name: error\n', /unknown rule "codename\/code-name"/],
  ])('a wrong plugin is a usage error naming the config: %j', async (text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-plugin-'));
    writeFileSync(join(dir, '.draftlintrc.yaml'), text);
    writeFileSync(join(dir, 'a.txt'), 'hello');
    const { code, stderr } = await run(['check', 'a.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('through the language server: loaded in a trusted workspace, not loaded (and said so) in an untrusted one', async () => {
    const lsp = async (trusted: boolean) => {
      const server = spawn('node', [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const connection = createMessageConnection(
        new StreamMessageReader(server.stdout!),
        new StreamMessageWriter(server.stdin!),
      );
      const uri = pathToFileURL(join(example, 'partner-update.eml')).href;
      const warnings: string[] = [];
      connection.onNotification('window/showMessage', (p: { message: string }) => void warnings.push(p.message));
      const published = new Promise<{ diagnostics: { code: string; message: string }[] }>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
          if (p.uri === uri) resolve(p);
        }),
      );
      connection.listen();
      try {
        await connection.sendRequest('initialize', {
          processId: process.pid,
          rootUri: null,
          capabilities: {},
          initializationOptions: { trusted },
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'plaintext', version: 1, text: draft },
        });
        const { diagnostics } = await published;
        return { codes: diagnostics.map((d) => d.code), warnings };
      } finally {
        connection.dispose();
        server.kill();
      }
    };
    expect((await lsp(true)).codes).toContain('codename/code-name');
    const untrusted = await lsp(false);
    expect(untrusted.codes.length).toBe(1);
    expect(untrusted.warnings.join('\n')).toMatch(/not loaded: the workspace is not trusted/);
  }, 30_000);
});
