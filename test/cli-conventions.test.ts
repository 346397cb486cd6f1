// The conventions users of ESLint, markdownlint-cli2, cspell and Vale expect from the command line: `-` for
// standard input, FORCE_COLOR, --print-config, init, and exit code 2 for a usage error in every subcommand.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/draftlint.js');

function run(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
    const child = execFile(
      'node',
      [bin, ...args],
      { cwd: options.cwd ?? root, encoding: 'utf8', env },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

const weekdayDraft = '會議訂於2026年12月5日（週五）上午10點，在301會議室。\n';

describe('standard input as -', () => {
  it('check - reads the draft from standard input, like --stdin', async () => {
    const dash = await run(['check', '-'], { input: weekdayDraft });
    const flag = await run(['check', '--stdin'], { input: weekdayDraft });
    expect(dash.code).toBe(1);
    expect(dash.stdout).toContain('weekday-mismatch');
    expect(dash.stdout).toBe(flag.stdout);
  });
});

describe('colours', () => {
  const red = '\u001b[31m';
  it('FORCE_COLOR colours the report on a pipe; FORCE_COLOR=0 and --no-color keep it plain', async () => {
    expect(
      (await run(['check', '-'], { input: weekdayDraft, env: { FORCE_COLOR: '1', NO_COLOR: undefined } })).stdout,
    ).toContain(red);
    expect(
      (await run(['check', '-'], { input: weekdayDraft, env: { FORCE_COLOR: '0', NO_COLOR: undefined } })).stdout,
    ).not.toContain(red);
    expect(
      (await run(['check', '-', '--no-color'], { input: weekdayDraft, env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain(red);
  });

  it('a pipe gets no colours by default, and NO_COLOR keeps them off', async () => {
    expect((await run(['check', '-'], { input: weekdayDraft, env: { NO_COLOR: undefined } })).stdout).not.toContain(
      red,
    );
    expect((await run(['check', '-'], { input: weekdayDraft })).stdout).not.toContain(red);
  });
});

describe('--print-config', () => {
  it('prints the config file, the ignore verdict and every rule after overrides and defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-print-config-'));
    mkdirSync(join(dir, 'minutes'));
    writeFileSync(
      join(dir, '.draftlintrc.yaml'),
      'rules:\n  vague-time: [error, { disabled: [asap] }]\noverrides:\n  - files: "minutes/**"\n    rules:\n      meeting-5w2h: "off"\nignores: ["archive/**"]\n',
    );
    const { code, stdout } = await run(['check', '--print-config', 'minutes/2026-12-01.md'], { cwd: dir });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.configFile).toBe(join(dir, '.draftlintrc.yaml'));
    expect(printed.ignored).toBe(false);
    expect(printed.rules['meeting-5w2h']).toBe('off');
    expect(printed.rules['vague-time']).toMatchObject({ severity: 'error', options: { disabled: ['asap'] } });
    expect(printed.rules['weekday-mismatch']).toMatchObject({ severity: 'error' });

    const elsewhere = JSON.parse((await run(['check', '--print-config', 'notes.md'], { cwd: dir })).stdout);
    expect(elsewhere.rules['meeting-5w2h']).toMatchObject({ severity: 'info' });
    expect(JSON.parse((await run(['check', '--print-config', 'archive/old.md'], { cwd: dir })).stdout).ignored).toBe(
      true,
    );
  });

  it('a broken config is a usage error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-print-config-'));
    writeFileSync(join(dir, '.draftlintrc.yaml'), 'rules:\n  no-such-rule: error\n');
    const { code, stderr } = await run(['check', '--print-config', 'a.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.draftlintrc\.yaml.*unknown rule "no-such-rule"/);
  });
});

describe('draftlint init', () => {
  it('a docs repository (Markdown only) gets the docs settings, and draftlint accepts them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-init-'));
    writeFileSync(join(dir, 'README.md'), '# Project\n');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changes\n');
    const { code, stdout } = await run(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/wrote \.draftlintrc\.yaml with the docs settings \(2 Markdown files/);
    const config = readFileSync(join(dir, '.draftlintrc.yaml'), 'utf8');
    expect(config).toContain('documentation repository');
    expect(JSON.parse((await run(['check', '--print-config', 'CHANGELOG.md'], { cwd: dir })).stdout).ignored).toBe(
      true,
    );
    writeFileSync(join(dir, 'notice.md'), `# 發布會議\n\n${weekdayDraft}`);
    const checked = await run(['check', 'notice.md'], { cwd: dir });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('weekday-mismatch');
  });

  it('a folder of drafts (.eml, .txt) gets the email settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-init-'));
    writeFileSync(join(dir, 'draft.eml'), 'Subject: hi\n\nhello\n');
    const { code, stdout } = await run(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/with the email settings \(1 \.eml\/\.txt file\)/);
    expect(readFileSync(join(dir, '.draftlintrc.yaml'), 'utf8')).toContain('drafts of emails and messages');
    expect((await run(['check', '--print-config', 'draft.eml'], { cwd: dir })).code).toBe(0);
  });

  it('never overwrites a config that is there already', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-init-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', draftlint: { rules: {} } }));
    const { code, stderr } = await run(['init'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/package\.json exists already: left unchanged/);
  });
});

describe('usage errors exit 2 in every subcommand', () => {
  it.each([['extract'], ['lsp'], ['serve'], ['mcp'], ['init'], ['rules'], ['check']])('%s --bogus', async (command) => {
    const { code, stderr } = await run([command, '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option '--bogus'/);
  });
});

describe('ignore files count from the repository root', () => {
  const bad = '# 發布會議\n\n會議訂於2026年12月5日（週五）上午10點。\n';
  function repository() {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-ignore-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs/private'), { recursive: true });
    mkdirSync(join(dir, 'docs/team'), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'docs/private/\n*.draft.md\n');
    writeFileSync(join(dir, 'docs/team/.draftlintignore'), 'old.md\n');
    for (const file of ['docs/private/a.md', 'docs/b.draft.md', 'docs/team/old.md', 'docs/team/new.md', 'docs/c.md']) {
      writeFileSync(join(dir, file), bad);
    }
    return dir;
  }
  const reported = (stdout: string) => [...stdout.matchAll(/^(\S+\.md)\s+\(/gm)].map((m) => m[1]).sort();

  it('check docs/ from the root skips what the root .gitignore and a folder .draftlintignore exclude', async () => {
    const dir = repository();
    const { code, stdout } = await run(['check', 'docs'], { cwd: dir });
    expect(code).toBe(1);
    expect(reported(stdout)).toEqual(['docs/c.md', 'docs/team/new.md']);
  });

  it('checking a subfolder from inside it still honours the root .gitignore', async () => {
    const dir = repository();
    const { stdout } = await run(['check', '.'], { cwd: join(dir, 'docs') });
    expect(reported(stdout)).toEqual(['c.md', 'team/new.md']);
  });

  it('a single ignored file is skipped with a note, and the run does not fail on it', async () => {
    const dir = repository();
    const { code, stdout, stderr } = await run(['check', 'docs/private/a.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('draftlint: docs/private/a.md: ignored by .gitignore or .draftlintignore, not checked');
  });
});

describe('rule docs in the report', () => {
  it('the stylish report ends with each reported rule and the path of its docs page, which exists', async () => {
    const { stdout } = await run(['check', '-'], { input: weekdayDraft });
    const docs = stdout.slice(stdout.indexOf('Rule docs:'));
    const listed = /^ {2}weekday-mismatch +(\S+)$/m.exec(docs);
    expect(listed?.[1]).toMatch(/docs\/rules\/weekday-mismatch\.md$/);
    expect(readFileSync(listed![1], 'utf8')).toMatch(/^# weekday-mismatch$/m);
  });
});

describe('--cache', () => {
  const NOW = '2026-12-01T09:00:00+08:00';
  it('a second run gives the same report, re-checks a changed draft, and a changed config counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-cache-'));
    writeFileSync(join(dir, 'a.md'), `# 發布會議\n\n${weekdayDraft}`);
    writeFileSync(join(dir, 'b.txt'), 'Please reply ASAP.\n');
    const args = ['check', '.', '--cache', '--format', 'json', '--now', NOW];
    const first = await run(args, { cwd: dir });
    expect(readFileSync(join(dir, '.draftlintcache'), 'utf8')).toContain('weekday-mismatch');
    const second = await run(args, { cwd: dir });
    expect(second).toEqual(first);

    writeFileSync(join(dir, 'a.md'), '# 發布會議\n\n會議訂於2026年12月5日（週六）上午10點。\n');
    const third = JSON.parse((await run(args, { cwd: dir })).stdout);
    expect(third[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('weekday-mismatch');

    writeFileSync(join(dir, '.draftlintrc.yaml'), 'rules:\n  vague-time: "off"\n');
    const fourth = JSON.parse((await run(args, { cwd: dir })).stdout);
    expect(fourth[1].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('vague-time');
  });

  it('--cache-location names the file; no cache file is written without --cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-cache-'));
    writeFileSync(join(dir, 'b.txt'), 'Please reply ASAP.\n');
    await run(['check', 'b.txt', '--now', NOW], { cwd: dir });
    expect(readdirSync(dir)).toEqual(['b.txt']);
    const { code } = await run(['check', 'b.txt', '--now', NOW, '--cache-location', 'cache/'], { cwd: dir });
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['.draftlintcache']);
  });
});

describe('JSON output keeps ESLint severities', () => {
  it('an info diagnostic has severity 1 and level "info"; warnings and errors carry their level too', async () => {
    const draft = '各位同事：\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室。請稍後回覆。\n';
    const { stdout } = await run(['check', '-', '--format', 'json', '--now', '2026-12-01T09:00:00+08:00'], {
      input: draft,
    });
    const messages = JSON.parse(stdout)[0].messages as { ruleId: string; severity: number; level: string }[];
    const byLevel = (level: string) => messages.filter((m) => m.level === level);
    expect(byLevel('info').length).toBeGreaterThan(0);
    expect(byLevel('info').every((m) => m.severity === 1)).toBe(true);
    expect(byLevel('warning').every((m) => m.severity === 1)).toBe(true);
    expect(byLevel('error').map((m) => [m.ruleId, m.severity])).toContainEqual(['weekday-mismatch', 2]);
    expect(messages.every((m) => ['info', 'warning', 'error'].includes(m.level))).toBe(true);
  });
});
