// draftlint serve, driven in headless Chromium (Debian's chromium through playwright-core) as a person uses it:
// type a draft, see the highlight, click a fix, see the text change. The screenshot is kept in test-output/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
let server: ChildProcess;
let url: string;
let browser: Browser;

describe.skipIf(!executablePath)('the playground in a browser', () => {
  beforeAll(async () => {
    server = spawn(
      'node',
      [join(root, 'bin/draftlint.js'), 'serve', '--port', '0', '--now', '2026-11-27T10:00:00+08:00'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    url = await new Promise<string>((resolve) =>
      server.stdout!.on('data', (chunk: Buffer) => resolve(/http:\/\/\S+/.exec(chunk.toString())![0])),
    );
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('highlights the problems of a typed draft, applies a fix, and shows the 5W2H', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page
      .getByLabel('Draft', { exact: true })
      .fill('各位同仁：\n\n主題：第四季檢討會議\n會議訂於2026年12月5日（週五）上午10點，在301會議室召開，請稍後回覆。');

    const mark = page.locator('mark[data-rule="weekday-mismatch"]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('週五');
    expect(await mark.getAttribute('title')).toBe('2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。');
    await expect.poll(() => page.locator('#problems').textContent()).toContain('vague-time');
    expect(await page.locator('#fivew').textContent()).toContain('2026-12-05T10:00:00+08:00');
    expect(await page.locator('#fivew').textContent()).toContain('301會議室');

    mkdirSync(join(root, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-output/playground.png'), fullPage: true });

    await page.locator('button[data-rule="weekday-mismatch"]').click();
    await expect.poll(() => page.getByLabel('Draft', { exact: true }).inputValue()).toContain('2026年12月5日（週六）');
    await expect.poll(() => mark.count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toMatch(/problems? \(meeting-notice, zh-Hant\)/);
  }, 60_000);

  it('listens on this machine only', () => {
    const run = spawnSync('node', [join(root, 'bin/draftlint.js'), 'serve', '--host', '0.0.0.0'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'draftlint: --host 0.0.0.0: the playground listens on this machine only (127.0.0.1, localhost or ::1)\n',
    );
  });
});

describe('the playground API', () => {
  let api: ChildProcess;
  let base: string;

  beforeAll(async () => {
    api = spawn(
      'node',
      [join(root, 'bin/draftlint.js'), 'serve', '--port', '0', '--now', '2026-11-27T10:00:00+08:00'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    base = await new Promise<string>((resolve) =>
      api.stdout!.on('data', (chunk: Buffer) => resolve(/http:\/\/\S+/.exec(chunk.toString())![0])),
    );
  }, 30_000);

  afterAll(() => {
    api?.kill();
  });

  it('lints and extracts posted drafts, and answers bad requests with a reason', async () => {
    const json = { 'content-type': 'application/json' };
    const lint = await fetch(new URL('/api/lint', base), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: 'Meet on Friday, December 5, 2026 at 10:00 in Room 2.', locale: 'zh-Hant' }),
    });
    expect(lint.status).toBe(200);
    const result = (await lint.json()) as { diagnostics: { ruleId: string; message: string }[] };
    expect(result.diagnostics.find((d) => d.ruleId === 'weekday-mismatch')?.message).toBe(
      '2026年12月5日是星期六，不是「Friday」；請改成與日期相符的星期。',
    );
    const extracted = await fetch(new URL('/api/extract', base), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: 'Meet on December 9, 2026 at 15:00 UTC in Room 2.' }),
    });
    expect(((await extracted.json()) as { when: { start: string } }).when.start).toBe('2026-12-09T15:00:00+00:00');
    const bad = await fetch(new URL('/api/lint', base), { method: 'POST', headers: json, body: '{ not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^bad request: /);
    expect((await fetch(new URL('/api/nothing', base))).status).toBe(404);
  });
});
