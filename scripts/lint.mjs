// npm run lint (run by npm test): prettier --check and eslint over the tree.
// The tree predates the formatter, and reformatting it on one branch would conflict with every other branch in
// flight, so it is reformatted once, by `npm run format`, which also removes the .format-pending marker. While the
// marker is there, the check runs on a formatted copy of the tree: it passes exactly when `npm run format` would leave
// a tree that passes, so anything the formatter cannot fix (an unused variable, a long line of code) fails now.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (cwd, command, args) => execFileSync(bin(command), args, { cwd, stdio: 'inherit' });

try {
  if (!existsSync(join(root, '.format-pending'))) {
    run(root, 'prettier', ['--check', '.']);
    run(root, 'eslint', ['.']);
  } else {
    const copy = mkdtempSync(join(tmpdir(), 'draftlint-lint-'));
    try {
      const skip = new Set(['node_modules', 'dist', '.git', 'bench']);
      cpSync(root, copy, { recursive: true, filter: (path) => !skip.has(path.slice(root.length + 1).split('/')[0]) });
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      run(copy, 'prettier', ['--write', '--log-level', 'warn', '.']);
      run(copy, 'eslint', ['.']);
      console.log('lint: clean once `npm run format` has reformatted the tree (.format-pending is still here)');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
} catch {
  process.exit(1);
}
