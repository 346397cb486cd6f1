// Configs that compose: `extends` (a relative file, a draftlint-config-* package, a built-in preset), the merged
// result as --print-config shows it, and rule options refused with the file, the key and the allowed range.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftlint, lintFiles } from '../src/index.js';

const root = new URL('../', import.meta.url).pathname;
const now = '2026-11-27T10:00:00+08:00';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-compose-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [join(root, 'bin/draftlint.js'), ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const ids = async (dir: string) =>
  Object.fromEntries(
    (await lintFiles([dir], { now, cwd: dir })).results.map((r) => [
      r.filePath!.slice(dir.length + 1),
      r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`),
    ]),
  );

describe('extends', () => {
  it('a relative file: its rules, then this config over them, overrides from both', async () => {
    const dir = project({
      'shared/base.yaml':
        'rules:\n  vague-time: error\n  wall-of-text: "off"\noverrides:\n  - files: "docs/**"\n    rules:\n      vague-time: info\n',
      '.draftlintrc.yaml': 'extends: ./shared/base.yaml\nrules:\n  weekday-mismatch: warn\n',
      'a.txt': 'Please reply ASAP.',
      'docs/b.txt': 'Please reply ASAP.',
    });
    expect(await ids(dir)).toEqual({ 'a.txt': ['vague-time:2'], 'docs/b.txt': ['vague-time:0'] });
  });

  it('a chain of files, and a YAML config extending a JavaScript one', async () => {
    const dir = project({
      'one.mjs': 'export default { rules: { "vague-time": "off" } };',
      'two.yaml': 'extends: ./one.mjs\n',
      '.draftlintrc.yaml': 'extends: [./two.yaml]\n',
      'a.txt': 'Please reply ASAP.',
    });
    expect(await ids(dir)).toEqual({ 'a.txt': [] });
  });

  it('a package draftlint-config-<name>, named short or in full', async () => {
    const pkg = { name: 'draftlint-config-acme', version: '1.0.0', type: 'module', main: 'index.js' };
    const files = {
      'node_modules/draftlint-config-acme/package.json': JSON.stringify(pkg),
      'node_modules/draftlint-config-acme/index.js': 'export default { rules: { "vague-time": "error" } };',
      'a.txt': 'Please reply ASAP.',
    };
    for (const name of ['acme', 'draftlint-config-acme']) {
      const dir = project({ ...files, '.draftlintrc.yaml': `extends: ${name}\n` });
      expect(await ids(dir)).toEqual({ 'a.txt': ['vague-time:2'] });
    }
  });

  it('the presets: draftlint:docs ignores changelogs, draftlint:strict makes vague times errors', async () => {
    const docs = project({
      '.draftlintrc.yaml': 'extends: draftlint:docs\n',
      'CHANGELOG.md': 'Fixed soon.\n',
      'a.txt': 'Reply ASAP.',
    });
    expect(Object.keys(await ids(docs))).toEqual(['a.txt']);
    const strict = project({ '.draftlintrc.yaml': 'extends: draftlint:strict\n', 'a.txt': 'Please reply ASAP.' });
    expect(await ids(strict)).toEqual({ 'a.txt': ['vague-time:2'] });
    const email = project({
      '.draftlintrc.json': '{ "extends": ["draftlint:recommended", "draftlint:email"] }',
      'a.txt': 'hi',
    });
    const printed = JSON.parse((await run(['check', '--print-config', 'a.txt'], email)).stdout);
    expect(printed.extends).toEqual(['draftlint:recommended', 'draftlint:email']);
    expect(printed.rules['missing-attachment'].severity).toBe('error');
  });

  it('--print-config shows the merged result: what is extended, and each rule after all of it', async () => {
    const dir = project({
      'base.yaml': 'rules:\n  vague-time: [warn, { minConfidence: 2 }]\n',
      '.draftlintrc.yaml': 'extends: [draftlint:docs, ./base.yaml]\nrules:\n  ambiguous-clock: error\n',
      'a.md': '# x\n',
    });
    const { code, stdout } = await run(['check', '--print-config', 'a.md'], dir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.extends).toEqual(['draftlint:docs', './base.yaml']);
    expect(printed.rules['vague-time']).toMatchObject({ severity: 'warn', options: { minConfidence: 2 } });
    expect(printed.rules['wall-of-text']).toBe('off');
    expect(printed.rules['ambiguous-clock']).toMatchObject({ severity: 'error' });
  });

  it.each([
    [
      'extends: draftlint:lenient\n',
      /extends: "draftlint:lenient": no such preset \(draftlint:recommended, draftlint:strict/,
    ],
    ['extends: ./missing.yaml\n', /extends: \.\/missing\.yaml: no such config file/],
    ['extends: nobody\n', /extends: "nobody": cannot find the package draftlint-config-nobody/],
    ['extends: ./.draftlintrc.yaml\n', /extends itself/],
  ])('a wrong extends is a usage error naming the config: %j', async (text, message) => {
    const dir = project({ '.draftlintrc.yaml': text, 'a.txt': 'soon' });
    const { code, stderr } = await run(['check', 'a.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('rule options', () => {
  it('a value out of range is refused with the file, the key and the allowed range (exit 2)', async () => {
    const dir = project({
      '.draftlintrc.yaml': 'rules:\n  vague-time: [warning, {minConfidence: 7}]\n',
      'a.txt': 'Please reply ASAP.',
    });
    const { code, stdout, stderr } = await run(['check', 'a.txt'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `draftlint: ${join(dir, '.draftlintrc.yaml')}: rule "vague-time": option "minConfidence" must be a number from 0 to 2, got 7\n`,
    );
  });

  it('whole numbers where the declaration says so, and unknown options named with the ones there are', async () => {
    const draftlint = await createDraftlint({
      noConfig: true,
      rules: { 'wall-of-text': ['info', { sentenceChars: 2.5 }] },
    }).catch((e: Error) => e);
    expect(String(draftlint)).toMatch(/option "sentenceChars" must be a whole number of at least 1, got 2.5/);
    const unknown = await createDraftlint({ noConfig: true, rules: { 'vague-time': ['warn', { colour: 1 }] } }).catch(
      (e: Error) => e,
    );
    expect(String(unknown)).toMatch(/unknown option "colour" \(options: minConfidence, disabled, allow, extra\)/);
  });
});
