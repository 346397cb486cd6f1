// npm runs `prepare` after `npm install` in a clone and when it installs draftlint from a git URL (including the
// pre-commit framework's node hooks). The compiled build is committed in dist/, so an install that has no
// TypeScript (npm prepares git dependencies without their dev dependencies in some set-ups) uses it as it is;
// a clone with the dev dependencies rebuilds it from the sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);
const require = createRequire(new URL('package.json', root));

let hasTypeScript = true;
try {
  require.resolve('typescript');
} catch {
  hasTypeScript = false;
}

if (hasTypeScript) {
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit', cwd: root })
    : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
} else if (!existsSync(new URL('dist/src/cli.js', root))) {
  console.error('draftlint: dist/ holds no build and TypeScript is not installed to make one');
  process.exit(1);
}
