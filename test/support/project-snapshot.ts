// Helpers for tests that install draftlint the way users do: a command runner, a scratch git repository, and the
// project's working tree committed in a fresh repository (what a user would clone or point a hook at).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname;

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function gitRepo(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  run('git', ['init', '-q', '-b', 'main'], dir);
  run('git', ['config', 'user.email', 'writer@example.com'], dir);
  run('git', ['config', 'user.name', 'Writer'], dir);
  run('git', ['config', 'commit.gpgsign', 'false'], dir);
  return dir;
}

/** The project's working tree as it is now (tracked and new files, nothing ignored), committed in a fresh repository. */
export function snapshotOfProject(): { path: string; rev: string } {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], projectRoot)
    .output.split('\0')
    .filter(Boolean);
  const dir = gitRepo('draftlint-snapshot-');
  for (const file of listed) {
    if (!existsSync(join(projectRoot, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(projectRoot, file), join(dir, file));
  }
  run('git', ['add', '-A'], dir);
  run('git', ['commit', '-q', '-m', 'snapshot'], dir);
  return { path: dir, rev: run('git', ['rev-parse', 'HEAD'], dir).output.trim() };
}
