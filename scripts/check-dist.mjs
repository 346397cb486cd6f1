// The build is committed (dist/, schema/) so that installs from a git URL need no compiler. After `npm run build`
// the working tree must show no change there; otherwise the committed build is not what the sources compile to.
import { spawnSync } from 'node:child_process';

const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist', 'schema'], {
  encoding: 'utf8',
  cwd: new URL('..', import.meta.url),
});
if (status.status !== 0) {
  console.error(`check:dist: git status failed: ${status.stderr.trim()}`);
  process.exit(2);
}
const changed = status.stdout.split('\n').filter(Boolean);
if (changed.length) {
  console.error('check:dist: the committed build differs from what the sources compile to:');
  for (const line of changed.slice(0, 20)) console.error(`  ${line}`);
  if (changed.length > 20) console.error(`  … and ${changed.length - 20} more`);
  console.error('run `npm run build` and commit dist/ and schema/ with the change');
  process.exit(1);
}
console.log('check:dist: the committed build matches the sources');
