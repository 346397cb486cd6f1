// Damaged, huge and hostile input: draftlint answers with a reason or a result, never a crash, and never
// damages a file.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintFiles, InputError, UsageError } from '../src/index.js';
import { lintFilesWith } from '../src/files.js';
import { lintWith, type KernelOptions } from '../src/lint.js';
import { mutate, random } from './support/mutate.mjs';

const now = '2026-11-27T10:00:00+08:00';
const root = new URL('../', import.meta.url).pathname;

describe('hostile input finishes in bounded time', () => {
  it.each([
    ['a million Chinese characters on one line', '我'.repeat(1_000_000), 'a.txt'],
    ['10,000 sentences of 一會兒', '我一會兒再打給你。'.repeat(10_000), 'a.txt'],
    ['10,000 times 一會兒 with no punctuation', '一會兒'.repeat(10_000), 'a.txt'],
    ['500 nested quotes', `${'> '.repeat(500)}稍後`, 'a.md'],
    ['300 nested lists', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), 'a.md'],
    ['50,000 open brackets', '['.repeat(50_000), 'a.md'],
    ['a 100 KB line of dates', '12月5日（周五）上午9:00 '.repeat(5_000), 'a.txt'],
  ])(
    '%s',
    async (_, text, filename) => {
      const started = performance.now();
      await lint({ text, filename }, { now });
      expect(performance.now() - started).toBeLessThan(15_000);
    },
    30_000,
  );
});

describe('fuzzing the readers', () => {
  const seeds = [
    'eml/zh-Hans/gb2312-base64.eml',
    'eml/zh-Hant/big5-qp.eml',
    'eml/en/plain-utf8.eml',
    'md/zh-Hans/notice.md',
    'txt/zh-Hant/notice-wrong-weekday.txt',
  ].map((path) => readFileSync(join(root, 'test/fixtures', path)));
  it('answers 2,000 mutated drafts with a result or a one-line input error', async () => {
    const rand = random(2026);
    for (let i = 0; i < 2_000; i++) {
      const bytes = mutate(seeds[i % seeds.length], seeds[(i * 7) % seeds.length], rand);
      const filename = ['x.eml', 'x.md', 'x.txt'][i % 3];
      try {
        await lint({ text: i % 2 ? bytes : new TextDecoder().decode(bytes), filename }, { now });
      } catch (error) {
        if (!(error instanceof InputError || error instanceof UsageError))
          throw new Error(`input ${i} (${filename}) crashed: ${(error as Error).stack}`);
        expect((error as Error).message).not.toContain('\n');
      }
    }
  }, 60_000);
});

describe('files', () => {
  it('skips a file over the size limit with a reason, and checks the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-size-'));
    writeFileSync(join(dir, 'big.txt'), 'a'.repeat(5_000));
    writeFileSync(join(dir, 'small.txt'), '我一會兒再打給你。');
    const { results, errors } = await lintFiles([dir], { now, maxFileSize: 1_000 });
    expect(errors).toEqual([
      { filePath: join(dir, 'big.txt'), reason: 'skipped: 5000 bytes, over the 1000-byte limit for a draft' },
    ]);
    expect(results.map((r) => r.diagnostics.length)).toEqual([1]);
  });

  it('walks a folder with broken links and link loops without following them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-links-'));
    writeFileSync(join(dir, 'ok.md'), 'Please reply ASAP.\n');
    symlinkSync(join(dir, 'missing.md'), join(dir, 'broken.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const { results, errors } = await lintFiles([dir], { now });
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'ok.md')]);
    expect(errors).toEqual([{ filePath: join(dir, 'broken.md'), reason: 'a broken symbolic link' }]);
  });

  it('checks a folder of 1,500 drafts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-many-'));
    for (let i = 0; i < 1_500; i++)
      writeFileSync(
        join(dir, `note-${String(i).padStart(4, '0')}.txt`),
        i % 100 === 0 ? 'Please reply ASAP.' : 'Thanks, received.',
      );
    const { results, errors } = await lintFiles([dir], { now });
    expect(errors).toEqual([]);
    expect(results).toHaveLength(1_500);
    expect(results.filter((r) => r.diagnostics.length > 0)).toHaveLength(15);
  }, 60_000);

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-perm-'));
    writeFileSync(join(dir, 'secret.txt'), 'soon');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const { errors } = await lintFiles([join(dir, 'secret.txt')], { now });
    expect(errors).toEqual([{ filePath: join(dir, 'secret.txt'), reason: 'permission denied' }]);
  });
});

describe('--fix never loses data', () => {
  it('writes nothing when the file changed on disk while it was checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-race-'));
    const file = join(dir, 'notice.txt');
    writeFileSync(file, '定于2026年12月5日（周五）召开。');
    const editedMeanwhile = '定于2026年12月5日（周五）召开。另有新内容。';
    const lintOnly = (input: { text: Uint8Array; filename: string }, o: KernelOptions) => lintWith([], input, o);
    const fixAndRace = async (input: { text: Uint8Array; filename: string }) => {
      writeFileSync(file, editedMeanwhile);
      const result = await lintWith([], input, { now });
      return { ...result, output: '定于2026年12月5日（周六）召开。' };
    };
    const engine = {
      setupFor: async () => ({ rules: [], settings: {}, ignored: false }),
      lint: lintOnly,
      fix: fixAndRace,
    };
    const { errors } = await lintFilesWith(engine, [file], { fix: true, now });
    expect(readFileSync(file, 'utf8')).toBe(editedMeanwhile);
    expect(errors).toEqual([{ filePath: file, reason: 'changed on disk while it was checked; fixes not written' }]);
  });

  it('leaves either the old file or the fixed file, never part of one, when killed while fixing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-kill-'));
    const file = join(dir, 'notice.txt');
    const line = '會議訂於2026年12月5日（週五）上午10點召開。\n';
    const original = line.repeat(20_000);
    const fixed = line.replace('週五', '週六').repeat(20_000);
    for (let attempt = 0; attempt < 8; attempt++) {
      writeFileSync(file, original);
      const child = spawn('node', [join(root, 'bin/draftlint.js'), 'check', file, '--fix', '--now', now], {
        stdio: 'ignore',
      });
      await new Promise((resolve) => setTimeout(resolve, 150 + attempt * 120));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('close', resolve));
      const after = readFileSync(file, 'utf8');
      expect(after === original || after === fixed, `attempt ${attempt}: ${after.length} characters`).toBe(true);
    }
    expect(readdirSync(dir).filter((name) => !name.startsWith('.'))).toEqual(['notice.txt']);
  }, 60_000);

  it('keeps file permissions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-mode-'));
    const file = join(dir, 'notice.md');
    writeFileSync(file, '定于2026年12月5日（周五）召开。\n', { mode: 0o640 });
    await lintFiles([file], { fix: true, now });
    expect(readFileSync(file, 'utf8')).toBe('定于2026年12月5日（周六）召开。\n');
    const { statSync } = await import('node:fs');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});
