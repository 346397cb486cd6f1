// --fix writes a draft back as an editor would: the same file, its BOM, line endings, mode, owner and links; a
// read-only file and a link out of the checked folders are left alone; no temporary file outlives the run.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { bin, now, run } from './support.js';

const wrong = '定于2026年12月5日（周五）召开。\n';
const right = '定于2026年12月5日（周六）召开。\n';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'draftlint-write-'));
}

describe('--fix writes like an editor', () => {
  it('refuses a read-only file and leaves it unchanged', async () => {
    const dir = folder();
    const file = join(dir, 'notice.md');
    writeFileSync(file, wrong);
    chmodSync(file, 0o444);
    const { code, stderr } = await run(['check', file, '--fix', '--now', now]);
    expect(stderr).toBe(`draftlint: ${file}: not writable: left unchanged\n`);
    expect(code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(wrong);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('writes through a symbolic link to a file inside the checked folder; the link stays a link', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts/real.md'), wrong);
    symlinkSync('drafts/real.md', join(dir, 'link.md'));
    const { errors } = await lintFiles(['link.md'], { cwd: dir, fix: true, now });
    expect(errors).toEqual([]);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('drafts/real.md');
    expect(readFileSync(join(dir, 'drafts/real.md'), 'utf8')).toBe(right);
  });

  it('refuses a symbolic link that points outside the checked folder', async () => {
    const outside = folder();
    writeFileSync(join(outside, 'victim.md'), wrong);
    const dir = folder();
    symlinkSync(join(outside, 'victim.md'), join(dir, 'notice.md'));
    const { errors } = await lintFiles([dir], { cwd: dir, fix: true, now });
    expect(errors).toEqual([
      {
        filePath: join(dir, 'notice.md'),
        reason: 'a symbolic link to a file outside the checked folders: left unchanged',
      },
    ]);
    expect(readFileSync(join(outside, 'victim.md'), 'utf8')).toBe(wrong);
  });

  it('keeps hard links joined', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notice.md'), wrong);
    linkSync(join(dir, 'notice.md'), join(dir, 'same.md.bak'));
    await lintFiles([join(dir, 'notice.md')], { fix: true, now });
    expect(readFileSync(join(dir, 'same.md.bak'), 'utf8')).toBe(right);
    expect(statSync(join(dir, 'notice.md')).ino).toBe(statSync(join(dir, 'same.md.bak')).ino);
  });

  it('keeps the mode whatever the umask, and the owner', async () => {
    const dir = folder();
    const file = join(dir, 'notice.md');
    writeFileSync(file, wrong);
    chmodSync(file, 0o666);
    if (process.getuid?.() === 0) chownSync(file, 1234, 2345);
    await lintFiles([file], { fix: true, now });
    expect(readFileSync(file, 'utf8')).toBe(right);
    expect(statSync(file).mode & 0o777).toBe(0o666);
    if (process.getuid?.() === 0) expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 2345]);
  });

  it('keeps the UTF-8 BOM and CRLF line endings', async () => {
    const dir = folder();
    const file = join(dir, 'notice.txt');
    writeFileSync(file, `\uFEFF第一行\r\n${wrong.replace('\n', '\r\n')}`);
    await lintFiles([file], { fix: true, now });
    expect(readFileSync(file, 'utf8')).toBe(`\uFEFF第一行\r\n${right.replace('\n', '\r\n')}`);
  });

  it('leaves no temporary file behind when stopped with SIGTERM or SIGINT while fixing, and never half a file', async () => {
    const dir = folder();
    const file = join(dir, 'notice.txt');
    const line = '會議訂於2026年12月5日（週五）上午10點召開。\n';
    const original = line.repeat(20_000);
    const fixed = line.replace('週五', '週六').repeat(20_000);
    for (let attempt = 0; attempt < 6; attempt++) {
      writeFileSync(file, original);
      const child = spawn('node', [bin, 'check', file, '--fix', '--now', now], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, 200 + attempt * 150));
      child.kill(attempt % 2 ? 'SIGINT' : 'SIGTERM');
      await new Promise((resolve) => child.on('close', resolve));
      const after = readFileSync(file, 'utf8');
      expect(after === original || after === fixed, `attempt ${attempt}: ${after.length} characters`).toBe(true);
      expect(readdirSync(dir)).toEqual(['notice.txt']);
    }
  }, 60_000);
});
