// draftlint check --interactive, driven through a pseudo-terminal (util-linux `script`) as a person at a shell
// would: answers typed at the prompts, the draft completed on disk, the .ics written on "y".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/draftlint.js');
const now = '2026-11-27T10:00+08:00';
const hasScript = spawnSync('script', ['--version']).status === 0;

function inTerminal(dir: string, args: string, answers: string) {
  const run = spawnSync('script', ['-qec', `node ${bin} ${args}`, '/dev/null'], {
    cwd: dir,
    input: answers,
    encoding: 'utf8',
    timeout: 60_000,
  });
  // The terminal's cursor moves, not the words, are dropped.
  return { status: run.status, output: run.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '') };
}

describe.skipIf(!hasScript)('draftlint check --interactive', () => {
  it("asks for the start time and the place, writes them in the draft's language, checks again and writes the invite", () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-interactive-'));
    writeFileSync(join(dir, 'notice.txt'), '各位同仁：\n\n下週三召開第四季檢討會議，請準時出席。\n');
    const { status, output } = inTerminal(
      dir,
      `check --interactive notice.txt --now ${now} --no-color`,
      '上午9:00至10:30\n行政大樓301會議室\ny\n',
    );

    expect(output).toContain('會議通知缺少準時開始的時間點');
    expect(output).toContain('時間：2026年12月2日（星期三）__:__–__:__');
    expect(output).toContain('請填寫（直接按 Enter 跳過）：');
    expect(output).toContain('已寫入 notice.txt，重新檢查的結果：');
    expect(output).toMatch(/✖ \d+ problems \(0 errors/);
    expect(output).toContain('邀請已寫到 notice.ics。');
    expect(status).toBe(0);
    expect(readFileSync(join(dir, 'notice.txt'), 'utf8')).toBe(
      '各位同仁：\n\n時間：2026年12月2日（星期三）上午9:00至10:30\n地點：行政大樓301會議室\n下週三召開第四季檢討會議，請準時出席。\n',
    );

    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'notice.ics'), 'utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-02T02:30:00.000Z');
    expect(event.location).toBe('行政大樓301會議室');
  }, 60_000);

  it('asks morning or afternoon for a clock that does not say, before writing the invite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-interactive-'));
    writeFileSync(join(dir, 'notice.txt'), '各位同仁：\n\n下週三召開第四季檢討會議，請準時出席。\n');
    const { output } = inTerminal(
      dir,
      `check --interactive notice.txt --now ${now} --no-color`,
      '3點\n行政大樓301會議室\ny\n下午\n',
    );
    expect(output).toContain('「3點」是上午還是下午？');
    expect(output).toContain('邀請已寫到 notice.ics。');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'notice.ics'), 'utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T07:00:00.000Z');
  }, 60_000);

  it('leaves what is skipped, keeps the error, and writes no invite without a place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-interactive-'));
    writeFileSync(join(dir, 'notice.txt'), 'Hi all,\n\nThe Q1 planning meeting is next Wednesday.\n');
    const { status, output } = inTerminal(
      dir,
      `check --interactive notice.txt --now ${now} --no-color`,
      '10:00 AM to 11:30 AM\n\n',
    );
    expect(output).toContain('Fill in (Enter to skip): ');
    expect(output).toContain('Skipped.');
    expect(output).not.toContain('calendar invite');
    expect(status).toBe(1);
    expect(readFileSync(join(dir, 'notice.txt'), 'utf8')).toBe(
      'Hi all,\n\nWhen: Wednesday, December 2, 2026, 10:00 AM to 11:30 AM\nThe Q1 planning meeting is next Wednesday.\n',
    );
    expect(existsSync(join(dir, 'notice.ics'))).toBe(false);
  }, 60_000);
});

describe('draftlint check --interactive without a terminal', () => {
  it('says it needs one, on one line, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-interactive-'));
    writeFileSync(join(dir, 'notice.txt'), '各位同仁：\n\n下週三開會。\n');
    const run = spawnSync('node', [bin, 'check', '--interactive', 'notice.txt'], {
      cwd: dir,
      input: '',
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'draftlint: --interactive asks questions: it needs a terminal on standard input and output\n',
    );
    expect(readFileSync(join(dir, 'notice.txt'), 'utf8')).toBe('各位同仁：\n\n下週三開會。\n');
  });
});
