// draftlint as a remark plugin, run by remark-cli as a docs repository runs it beside remark-lint.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkDraftlint from '../src/remark.js';

const root = new URL('../', import.meta.url).pathname;

describe('draftlint/remark', () => {
  it('reports through vfile messages with rule ids, places and severities', async () => {
    const file = await remark()
      .use(remarkDraftlint, { now: '2026-11-27T10:00:00+08:00' })
      .process({ path: 'a.md', value: '會議訂於2026年12月5日（週五）上午10點，301會議室，請回覆。\n' });
    const weekday = file.messages.find((m) => m.ruleId === 'weekday-mismatch');
    expect(weekday).toMatchObject({
      source: 'draftlint',
      fatal: true,
      line: 1,
      column: 16,
      place: { end: { line: 1, column: 18 } },
      url: 'docs/rules/weekday-mismatch.md',
    });
    expect(weekday?.reason).toBe('2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。');
  });

  it('runs under remark-cli and fails the run on errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-remark-'));
    writeFileSync(join(dir, 'a.md'), '定于2026年12月5日（周五）上午10点在301会议室开会，请回复确认。\n');
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        'node',
        [
          join(root, 'node_modules/.bin/remark'),
          '--use',
          join(root, 'dist/src/remark.js'),
          '--no-stdout',
          '--no-color',
          join(dir, 'a.md'),
        ],
        (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /1:14-1:16\s+error\s+2026年12月5日是星期六，不是“周五”；请改成与日期相符的星期。\s+weekday-mismatch\s+draftlint/,
    );
  });
});
