// Installs as users do them, with only the npm registry reachable: the packed tarball into an empty project,
// and a git URL installed globally (what `npm install -g git+https://…` and pre-commit's node hooks do).
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, run, snapshotOfProject } from './support/project-snapshot.js';

const draft = '# 發布會議\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室。\n';
const diagnostic = /3:16\s+error\s+2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。\s+weekday-mismatch/;
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

describe('installing draftlint', () => {
  it('from the packed tarball into an empty project: npx draftlint check and import both work', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'draftlint-pack-'));
    const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], projectRoot);
    expect(packed.status, packed.output).toBe(0);
    const tarball = join(
      packDir,
      readdirSync(packDir).find((name) => name.endsWith('.tgz'))!,
    );

    const project = mkdtempSync(join(tmpdir(), 'draftlint-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'team-docs', private: true, type: 'module' }));
    const installed = run('npm', ['install', tarball, ...quiet], project);
    expect(installed.status, installed.output).toBe(0);

    writeFileSync(join(project, 'meeting.md'), draft);
    const checked = run('npx', ['draftlint', 'check', 'meeting.md', '--no-color'], project);
    expect(checked.output).toMatch(diagnostic);
    expect(checked.status).toBe(1);

    const script =
      "import { lint } from 'draftlint'; const r = await lint({ text: '明天稍後開會', filename: 'a.txt' });" +
      ' console.log(r.diagnostics.map((d) => d.ruleId).join());';
    const imported = run(process.execPath, ['--input-type=module', '-e', script], project);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('vague-time');
  }, 300_000);

  it('from a git URL, globally, with no compiler on the user side', () => {
    const repo = snapshotOfProject();
    const prefix = mkdtempSync(join(tmpdir(), 'draftlint-global-'));
    // --install-links, as pre-commit gives it: npm would otherwise link a git+file: clone, not install it (a
    // git+https: URL is always installed).
    const installed = run(
      'npm',
      ['install', '-g', '--install-links', '--prefix', prefix, `git+file://${repo.path}`, ...quiet],
      prefix,
    );
    expect(installed.status, installed.output).toBe(0);

    const work = mkdtempSync(join(tmpdir(), 'draftlint-docs-'));
    writeFileSync(join(work, 'meeting.md'), draft);
    const checked = run(join(prefix, 'bin', 'draftlint'), ['check', 'meeting.md', '--no-color'], work);
    expect(checked.output).toMatch(diagnostic);
    expect(checked.status).toBe(1);
  }, 300_000);
});
