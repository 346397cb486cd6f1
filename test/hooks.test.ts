// draftlint as a git pre-commit hook, set up the two ways the README gives: the pre-commit framework
// (`.pre-commit-hooks.yaml`, installed by the real `pre-commit` tool) and husky + lint-staged.
// Each test makes a temporary repository, commits a draft with a wrong weekday and expects the commit
// refused with the diagnostic, then commits the corrected draft.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, projectRoot, run, snapshotOfProject } from './support/project-snapshot.js';

const root = projectRoot;
const wrongWeekday = '# 發布會議\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室。\n';
const rightWeekday = '# 發布會議\n\n會議訂於2026年12月5日（週六）上午10點，在301會議室。\n';

// Every pre-commit to try: DRAFTLINT_TEST_PRE_COMMIT lists executables (CI gives Debian's and the newest from
// PyPI), else the one on PATH.
const preCommits = (process.env.DRAFTLINT_TEST_PRE_COMMIT ?? 'pre-commit')
  .split(':')
  .filter(Boolean)
  .map((command) => ({ command, version: spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout?.trim() }))
  .filter((tool) => tool.version);

describe('pre-commit framework', () => {
  // CI installs Debian's and the newest pre-commit: there the hook must be tested, not skipped.
  it.runIf(process.env.CI)('CI has a pre-commit to test the hook with', () => {
    expect(preCommits.map((tool) => tool.command)).not.toEqual([]);
  });
  if (preCommits.length === 0) it.skip('no pre-commit installed: the hook install is not tested here', () => {});
  const hookRepo = preCommits.length ? snapshotOfProject() : undefined;
  for (const tool of preCommits) {
    it(`${tool.version}: installs the hook from .pre-commit-hooks.yaml, refuses a wrong weekday, accepts the fix`, () => {
      const repo = gitRepo('draftlint-pre-commit-');
      const env = { PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'draftlint-pre-commit-home-')) };
      const config = `repos:\n  - repo: ${hookRepo!.path}\n    rev: ${hookRepo!.rev}\n    hooks:\n      - id: draftlint\n`;
      writeFileSync(join(repo, '.pre-commit-config.yaml'), config);
      expect(run(tool.command, ['install'], repo, env).status).toBe(0);

      writeFileSync(join(repo, 'meeting.md'), wrongWeekday);
      writeFileSync(join(repo, 'notes.js'), '// 稍後再說\n');
      run('git', ['add', '.'], repo);
      const refused = run('git', ['commit', '-m', 'meeting notice'], repo, env);
      expect(refused.output).toContain('draftlint');
      expect(refused.output).toMatch(
        /meeting\.md[\s\S]*3:16\s+error\s+2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。\s+weekday-mismatch/,
      );
      expect(refused.output).not.toContain('notes.js');
      expect(refused.status).not.toBe(0);

      writeFileSync(join(repo, 'meeting.md'), rightWeekday);
      run('git', ['add', '.'], repo);
      const accepted = run('git', ['commit', '-m', 'meeting notice'], repo, env);
      expect(accepted.output).toMatch(/draftlint\.+Passed/);
      expect(accepted.status).toBe(0);
    }, 300_000);
  }
});

describe('husky + lint-staged', () => {
  it('runs draftlint on the staged drafts only, refuses a wrong weekday, accepts the fix', () => {
    const repo = gitRepo('draftlint-husky-');
    const modules = join(repo, 'node_modules');
    mkdirSync(join(modules, '.bin'), { recursive: true });
    symlinkSync(root, join(modules, 'draftlint'));
    for (const name of ['husky', 'lint-staged']) symlinkSync(join(root, 'node_modules', name), join(modules, name));
    symlinkSync(join(root, 'bin/draftlint.js'), join(modules, '.bin/draftlint'));
    symlinkSync(join(root, 'node_modules/lint-staged/bin/lint-staged.js'), join(modules, '.bin/lint-staged'));
    symlinkSync(join(root, 'node_modules/husky/bin.js'), join(modules, '.bin/husky'));
    writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
    // The README's recipe, word for word.
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify(
        { name: 'team-docs', private: true, 'lint-staged': { '*.{md,markdown,txt,eml}': 'draftlint check' } },
        null,
        2,
      ),
    );
    expect(run(join(modules, '.bin/husky'), ['init'], repo).status).toBe(0);
    writeFileSync(join(repo, '.husky/pre-commit'), 'npx lint-staged\n');

    writeFileSync(join(repo, 'meeting.md'), wrongWeekday);
    writeFileSync(join(repo, 'unstaged.md'), '定于2026年12月5日（周五）上午10点开会。\n');
    run('git', ['add', '.gitignore', 'package.json', '.husky', 'meeting.md'], repo);
    const refused = run('git', ['commit', '-m', 'meeting notice'], repo);
    // lint-staged asks its tasks for colours (FORCE_COLOR), and draftlint gives them: read the words.
    refused.output = refused.output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(refused.output).toMatch(
      /3:16\s+error\s+2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。\s+weekday-mismatch/,
    );
    expect(refused.output).not.toContain('unstaged.md');
    expect(refused.status).not.toBe(0);
    expect(run('git', ['rev-parse', '--verify', 'HEAD'], repo).status).not.toBe(0);

    writeFileSync(join(repo, 'meeting.md'), rightWeekday);
    run('git', ['add', 'meeting.md'], repo);
    const accepted = run('git', ['commit', '-m', 'meeting notice'], repo);
    expect(accepted.status).toBe(0);
    expect(run('git', ['log', '--format=%s'], repo).output.trim()).toBe('meeting notice');
  }, 120_000);
});
