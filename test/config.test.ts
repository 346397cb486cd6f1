// Config files and in-document directives, driven as a user drives them: real files in a temporary folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintFiles, UsageError } from '../src/index.js';

const now = '2026-11-27T10:00:00+08:00';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const ids = async (dir: string, options = {}) =>
  Object.fromEntries(
    (await lintFiles([dir], { now, ...options })).results.map((r) => [
      r.filePath!.slice(dir.length + 1),
      r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`),
    ]),
  );

describe('config files', () => {
  it.each([
    ['.draftlintrc.yaml', 'rules:\n  vague-time: "off"\n'],
    ['.draftlintrc.yml', 'rules:\n  vague-time: "off"\n'],
    ['.draftlintrc', '{ "rules": { "vague-time": "off" } }'],
    ['.draftlintrc.json', '{ "rules": { "vague-time": "off" } }'],
    ['draftlint.config.json', '{ "rules": { "vague-time": "off" } }'],
    ['draftlint.config.mjs', 'export default { rules: { "vague-time": "off" } };'],
    ['package.json', '{ "name": "x", "draftlint": { "rules": { "vague-time": "off" } } }'],
  ])('finds %s above the file', async (name, text) => {
    const dir = project({ [name]: text, 'notes/a.txt': '我一會兒再打給你。' });
    expect(await ids(dir)).toEqual({ 'notes/a.txt': [] });
  });

  it('applies overrides by glob and skips ignored files; call options win over the file', async () => {
    const dir = project({
      '.draftlintrc.yaml':
        'rules:\n  vague-time: error\noverrides:\n  - files: "docs/**"\n    rules:\n      vague-time: info\nignores: ["drafts/old/**"]\n',
      'a.txt': 'Please reply ASAP.',
      'docs/b.txt': 'Please reply ASAP.',
      'drafts/old/c.txt': 'Please reply ASAP.',
    });
    expect(await ids(dir)).toEqual({ 'a.txt': ['vague-time:2'], 'docs/b.txt': ['vague-time:0'] });
    expect(await ids(dir, { rules: { 'vague-time': 'warn' } })).toEqual({
      'a.txt': ['vague-time:1'],
      'docs/b.txt': ['vague-time:1'],
    });
  });

  it('takes rule options from the file', async () => {
    const dir = project({
      '.draftlintrc.json': '{ "rules": { "vague-time": ["warn", { "extra": ["whenever"] }] } }',
      'a.md': 'Ping me whenever.\n',
    });
    expect(await ids(dir)).toEqual({ 'a.md': ['vague-time:1'] });
  });

  it('respects .draftlintignore when walking a folder', async () => {
    const dir = project({
      '.draftlintignore': 'generated/\n',
      'generated/x.txt': 'soon',
      'y.txt': "I'll send it soon.",
    });
    expect(Object.keys(await ids(dir))).toEqual(['y.txt']);
  });

  it.each([
    ['rules:\n  vague-tme: warn\n', /\.draftlintrc\.yaml: unknown rule "vague-tme"/],
    [
      'rules:\n  vague-time: loud\n',
      /\.draftlintrc\.yaml: rule "vague-time": severity must be off, info, warn or error, got "loud"/,
    ],
    [
      'rules:\n  vague-time: [warn, { minConfidence: high }]\n',
      /\.draftlintrc\.yaml: rule "vague-time": option "minConfidence" must be a number/,
    ],
    ['rule:\n  vague-time: warn\n', /\.draftlintrc\.yaml: rule: unknown key/],
    ['rules: [1, 2\n', /\.draftlintrc\.yaml: not valid YAML/],
  ])('names the file and the key at fault: %j', async (text, message) => {
    const dir = project({ '.draftlintrc.yaml': text, 'a.txt': 'soon' });
    const error = await lintFiles([dir], { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  it('uses the file named by configFile, or none with noConfig', async () => {
    const dir = project({
      '.draftlintrc.yaml': 'rules:\n  vague-time: "off"\n',
      'strict.json': '{ "rules": { "vague-time": "error" } }',
      'a.txt': 'Please reply ASAP.',
    });
    expect(await ids(dir, { configFile: join(dir, 'strict.json') })).toEqual({ 'a.txt': ['vague-time:2'] });
    expect(await ids(dir, { noConfig: true })).toEqual({ 'a.txt': ['vague-time:1'] });
    await expect(lintFiles([dir], { configFile: join(dir, 'missing.json') })).rejects.toThrow(
      /missing\.json: no such config file/,
    );
  });
});

describe('disable directives', () => {
  it('Markdown: disable … enable, and disable-next-line, for named rules or all', async () => {
    const text = [
      '<!-- draftlint-disable vague-time -->',
      '我一會兒再打給你。',
      '<!-- draftlint-enable vague-time -->',
      '',
      '我一會兒再打給你。',
      '',
      '<!-- draftlint-disable-next-line -->',
      '我一會兒再打給你。',
      '',
      '<!-- draftlint-disable-next-line weekday-mismatch -->',
      '我一會兒再打給你。',
      '',
    ].join('\n');
    const result = await lint({ text, filename: 'a.md' }, { now });
    expect(result.diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toEqual(['vague-time@5', 'vague-time@11']);
  });

  it('plain text and email: a line of its own', async () => {
    const text = 'draftlint-disable-next-line vague-time\nPlease reply ASAP.\nPlease reply ASAP.\n';
    const result = await lint({ text, filename: 'a.txt' }, { now });
    expect(result.diagnostics.map((d) => d.line)).toEqual([3]);
  });

  it('reports directives that silence nothing when asked', async () => {
    const text =
      '<!-- draftlint-disable-next-line vague-time -->\n我一會兒再打給你。\n\n<!-- draftlint-disable-next-line weekday-mismatch -->\n沒有問題的句子。\n';
    const quiet = await lint({ text, filename: 'a.md' }, { now });
    expect(quiet.diagnostics).toEqual([]);
    const loud = await lint({ text, filename: 'a.md' }, { now, reportUnusedDisableDirectives: 'warn' });
    expect(loud.diagnostics.map((d) => [d.ruleId, d.line, d.severity, d.message])).toEqual([
      [
        'unused-disable-directive',
        4,
        1,
        '停用指令（draftlint-disable-next-line weekday-mismatch）沒有停用任何問題，請刪除。',
      ],
    ]);
  });

  it('a comment in a Markdown file is not read from inside code', async () => {
    const text = '```\n<!-- draftlint-disable -->\n```\n\n我一會兒再打給你。\n';
    expect((await lint({ text, filename: 'a.md' }, { now })).diagnostics).toHaveLength(1);
  });
});
