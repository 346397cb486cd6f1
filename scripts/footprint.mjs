// What installing draftlint costs a user: the packed tarball installed into an empty project, measured as the sum
// of file sizes under node_modules and the number of packages, beside the peers a docs repository would choose
// instead. `npm run footprint` prints the table; `-- --write` also writes bench/FOOTPRINT.md;
// `-- --no-peers` measures draftlint alone.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const LIMIT = { megabytes: 35, packages: 140 };

function sh(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Sum of regular file sizes and the number of package folders (a package.json at a package's root). */
function measure(modules) {
  let bytes = 0;
  let packages = 0;
  const walk = (dir, isPackageLevel) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) {
        if (isPackageLevel && name.startsWith('@')) {
          walk(path, true);
          continue;
        }
        if (isPackageLevel && name !== '.bin' && existsSync(join(path, 'package.json'))) packages++;
        walk(path, name === 'node_modules');
      } else if (stat.isFile()) {
        bytes += stat.size;
      }
    }
  };
  walk(modules, true);
  return { megabytes: bytes / 1e6, packages };
}

function install(specs) {
  const project = mkdtempSync(join(tmpdir(), 'draftlint-footprint-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'footprint', private: true }));
  sh('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', ...specs], project);
  return { project, ...measure(join(project, 'node_modules')) };
}

const packDir = mkdtempSync(join(tmpdir(), 'draftlint-pack-'));
const tarball = join(
  packDir,
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], root).trim().split('\n').pop(),
);
const rows = [];
const ours = install([tarball]);
writeFileSync(join(ours.project, 'draft.txt'), '會議訂於2026年12月5日（週五）上午10點，在301會議室。\n');
const check = spawnSync('npx', ['draftlint', 'check', 'draft.txt', '--no-color'], {
  cwd: ours.project,
  encoding: 'utf8',
});
const works = check.status === 1 && check.stdout.includes('weekday-mismatch');
rows.push({ name: 'draftlint (packed tarball)', ...ours });

if (!args.has('--no-peers')) {
  rows.push({ name: 'textlint + textlint-rule-no-todo', ...install(['textlint', 'textlint-rule-no-todo']) });
  rows.push({ name: 'cspell', ...install(['cspell']) });
  rows.push({ name: 'markdownlint-cli2', ...install(['markdownlint-cli2']) });
}

const lines = [
  '| install | node_modules (sum of file sizes) | packages |',
  '|---|---|---|',
  ...rows.map((row) => `| ${row.name} | ${row.megabytes.toFixed(1)} MB | ${row.packages} |`),
];
const met = ours.megabytes <= LIMIT.megabytes && ours.packages <= LIMIT.packages;
const summary = [
  `Target for draftlint: at most ${LIMIT.megabytes} MB and ${LIMIT.packages} packages — ${met ? 'met' : 'NOT met'}.`,
  `\`npx draftlint check\` in the installed project: ${works ? 'works' : `FAILED (exit ${check.status})`}.`,
];
console.log([...lines, '', ...summary].join('\n'));
if (args.has('--write')) {
  const page = [
    '# Install footprint',
    '',
    'Made by `npm run footprint -- --write` (Node.js ' + process.version + '): each package installed with',
    '`npm install --omit=dev` into an empty project; sizes are the sum of file sizes under `node_modules`.',
    '',
    ...lines,
    '',
    ...summary,
    '',
  ];
  writeFileSync(new URL('../bench/FOOTPRINT.md', import.meta.url), page.join('\n'));
}
process.exitCode = met && works ? 0 : 1;
