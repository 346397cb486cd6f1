// A clock that does not say morning or afternoon (明天3点开会, "tomorrow at 3"): check calls it ambiguous, extract
// gives both readings below 0.5, and --ics refuses it unless --assume says which half.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { extract, lint } from '../src/index.js';

const now = '2026-11-27T10:00:00+08:00';
const root = new URL('../', import.meta.url).pathname;
const zh = '各位同事：\n\n明天3点开会，地点：301会议室。\n';
const en = "Hi all,\n\nLet's meet tomorrow at 3 in Room 301.\n";

function run(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [join(root, 'bin/draftlint.js'), ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('an unsettled clock', () => {
  it.each([
    ['zh', zh, '3点'],
    ['en', en, '3'],
  ])(
    '%s: extract gives both readings with a confidence below 0.5, the afternoon first for 3 o’clock',
    async (_, text, written) => {
      const result = await extract({ text, filename: 'n.txt' }, { now, tz: '+08:00' });
      expect(result.when?.confidence).toBeLessThan(0.5);
      expect(result.when?.start).toBe('2026-11-28T15:00:00+08:00');
      expect(result.when?.clock).toMatchObject({
        written,
        likely: 'pm',
        readings: [
          { half: 'am', start: '2026-11-28T03:00:00+08:00' },
          { half: 'pm', start: '2026-11-28T15:00:00+08:00' },
        ],
      });
    },
  );

  it('check calls the same clock ambiguous', async () => {
    const result = await lint({ text: zh, filename: 'n.txt' }, { now });
    expect(result.diagnostics.filter((d) => d.ruleId === 'ambiguous-clock')).toHaveLength(1);
  });

  it('a clock that says its half is settled', async () => {
    const result = await extract(
      { text: '各位同事：\n\n明天下午3点开会，地点：301会议室。\n', filename: 'n.txt' },
      { now, tz: '+08:00' },
    );
    expect(result.when?.clock).toBeUndefined();
    expect(result.when?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('--ics refuses it with one line naming the clock, exit 1', async () => {
    const { code, stdout, stderr } = await run(
      ['extract', '--stdin', '--stdin-filename', 'n.txt', '--ics', '--now', now],
      zh,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('"3点" does not say morning or afternoon');
  });

  it.each([
    ['pm', '2026-11-28T07:00:00.000Z'],
    ['am', '2026-11-27T19:00:00.000Z'],
  ])('--ics --assume %s books that half', async (half, utc) => {
    const { code, stdout } = await run(
      ['extract', '--stdin', '--stdin-filename', 'n.txt', '--ics', '--now', now, '--tz', '+08:00', '--assume', half],
      zh,
    );
    expect(code).toBe(0);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(stdout)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(utc);
  });
});
