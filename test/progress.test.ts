// The progress line of a long run: on a terminal only, only once the run is long, erased at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressOn } from '../src/progress.js';

const root = new URL('../', import.meta.url).pathname;

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return {
    stream: { isTTY, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WritableStream,
    written,
  };
}

describe('progressOn', () => {
  it('draws nothing during the first second, then a bar with counts, at most every 100 ms, and erases it', () => {
    let clock = 0;
    const { stream, written } = terminal(true);
    const progress = progressOn(stream, { now: () => clock });
    clock = 900;
    progress.update(10, 1500);
    expect(written).toEqual([]);
    clock = 1000;
    progress.update(120, 1500);
    clock = 1050;
    progress.update(125, 1500);
    clock = 1100;
    progress.update(1500, 1500);
    progress.end();
    expect(written).toEqual([
      '\r\x1b[2Kdraftlint   8% [##............................] 120/1,500 files',
      '\r\x1b[2Kdraftlint 100% [##############################] 1,500/1,500 files',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing at all when standard error is not a terminal', () => {
    let clock = 0;
    const { stream, written } = terminal(false);
    const progress = progressOn(stream, { now: () => clock });
    clock = 5000;
    progress.update(1, 2);
    progress.end();
    expect(written).toEqual([]);
  });

  it('writes nothing at the end of a short run', () => {
    const { stream, written } = terminal(true);
    const progress = progressOn(stream, { now: () => 0 });
    progress.update(1, 2);
    progress.end();
    expect(written).toEqual([]);
  });
});

describe('draftlint check on many files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-progress-'));
  mkdirSync(join(dir, 'drafts'));
  for (let i = 0; i < 1200; i++)
    writeFileSync(
      join(dir, 'drafts', `${String(i).padStart(3, '0')}.txt`),
      `各位同事：\n\n第${i}次週會訂於2026年12月5日（週五）上午10點，在301會議室，請稍後回覆。\n`,
    );
  const bin = join(root, 'bin/draftlint.js');

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'shows the bar on a terminal and leaves the report intact',
    () => {
      // `script` gives the command a pseudo-terminal, as a person's shell would.
      const run = spawnSync('script', ['-qec', `node ${bin} check drafts --no-color`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stdout).toMatch(/draftlint +\d+% \[#+\.*\] \d+\/1,200 files/);
      const afterBar = run.stdout.slice(run.stdout.lastIndexOf('\x1b[2K') + 4);
      expect(afterBar).toMatch(/^\r?\ndrafts\/000\.txt/);
      expect(afterBar).toMatch(/✖ 6,?000 problems \(1200 errors, 2400 warnings, 2400 info\)/);
    },
    120_000,
  );

  it('prints no bar into a pipe', () => {
    const run = spawnSync('node', [bin, 'check', 'drafts'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('\ndrafts/000.txt')).toBe(true);
  }, 120_000);
});
