// A time budget per draft: a draft not checked within --max-file-time is skipped with its reason, the check is
// actually stopped, and the other drafts are checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { now, root, run } from './support.js';

describe('--max-file-time', () => {
  it('skips a draft past its budget with the reason, and reports the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-budget-'));
    writeFileSync(join(dir, 'a.txt'), 'Please reply ASAP.\n');
    writeFileSync(join(dir, 'b.txt'), 'Please reply ASAP.\n');
    const { code, stdout, stderr } = await run(['check', join(dir, 'a.txt'), '--max-file-time', '0.001', '--now', now]);
    expect(stderr).toBe(
      `draftlint: ${join(dir, 'a.txt')}: skipped: not checked within the 0.001 s time budget (--max-file-time)\n`,
    );
    expect(stdout).toBe('');
    expect(code).toBe(2);
    const both = await run(['check', dir, '--now', now, '--format', 'json']);
    expect(JSON.parse(both.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
    ]);
  }, 30_000);

  it('stops a check that would run far past it (a notice padded with 100,000 spaces), within the budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-budget-stop-'));
    writeFileSync(join(dir, 's.md'), `# 通知\n\n明天${' '.repeat(1e5)}開會\n`);
    writeFileSync(join(dir, 'z.txt'), 'Please reply ASAP.\n');
    const { stdout, stderr, ms } = await run(
      ['check', join(dir, 's.md'), join(dir, 'z.txt'), '--max-file-time', '3', '--now', now],
      { timeout: 60_000 },
    );
    expect(ms).toBeLessThan(15_000);
    // Either checked in time, or skipped with its reason: never a run held for minutes.
    expect(
      stderr === '' ||
        stderr ===
          `draftlint: ${join(dir, 's.md')}: skipped: not checked within the 3 s time budget (--max-file-time)\n`,
      stderr,
    ).toBe(true);
    expect(stdout).toContain('z.txt');
  }, 60_000);

  it('0 turns the budget off: the draft is checked in this process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-budget-off-'));
    writeFileSync(join(dir, 'a.txt'), 'Please reply ASAP.\n');
    const { code, stdout, stderr } = await run(['check', join(dir, 'a.txt'), '--max-file-time', '0', '--now', now]);
    expect(stderr).toBe('');
    expect(stdout).toContain('vague-time');
    expect(code).toBe(0);
  }, 30_000);

  it('bounds a draft read from standard input', async () => {
    const { code, stderr } = await run(['check', '--stdin', '--max-file-time', '0.001'], {
      input: 'Please reply ASAP.\n',
    });
    expect(stderr).toBe('draftlint: <stdin>: skipped: not checked within the 0.001 s time budget (--max-file-time)\n');
    expect(code).toBe(2);
  });

  it('is in the library: lint() with maxFileTime stops the check and throws the reason', async () => {
    // The compiled package: the check runs in a thread only there.
    const library = (await import(join(root, 'dist/src/index.js'))) as typeof import('../../src/index.js');
    await expect(library.lint('Please reply ASAP.', { now, maxFileTime: 0.001 })).rejects.toThrow(
      'skipped: not checked within the 0.001 s time budget (--max-file-time)',
    );
    const result = await library.lint('Please reply ASAP.', { now, maxFileTime: 10 });
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('vague-time');
    const files = await library.lintFiles([join(root, 'test/fixtures/txt/en')], { now, maxFileTime: 0.001 });
    expect(files.results).toEqual([]);
    expect(files.errors.length).toBeGreaterThan(0);
    for (const error of files.errors)
      expect(error.reason).toBe('skipped: not checked within the 0.001 s time budget (--max-file-time)');
  }, 30_000);

  it('rejects a budget that is not a number of seconds', async () => {
    const { code, stderr } = await run(['check', 'x.txt', '--max-file-time', 'soon']);
    expect(stderr).toBe('draftlint: --max-file-time must be a number of seconds, got "soon"\n');
    expect(code).toBe(2);
  });
});
