// `npm run bench:cache`: the same check of every docs corpus folder run twice with --cache — the first run fills
// the cache, the second reuses it — with the times, their ratio and whether the two reports are the same.
// Writes bench/CACHE.md. The corpus is ../shared/corpus/docs (or the folder given as the first argument).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus/docs'));
const bin = join(root, 'bin/draftlint.js');
const NOW = '2026-12-01T09:00:00+08:00';

function timed(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout, status: result.status };
}

const rows = [];
for (const name of readdirSync(corpus)
  .filter((entry) => statSync(join(corpus, entry)).isDirectory())
  .sort()) {
  const cache = join(mkdtempSync(join(tmpdir(), 'draftlint-cache-bench-')), '.draftlintcache');
  const args = ['check', join(corpus, name), '--format', 'json', '--now', NOW, '--cache-location', cache];
  const first = timed(args);
  const second = timed(args);
  rows.push({
    name,
    first: first.seconds,
    second: second.seconds,
    same: first.stdout === second.stdout && first.status === second.status,
  });
  console.log(`${name}: ${first.seconds.toFixed(2)} s, then ${second.seconds.toFixed(2)} s`);
}

const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
const lines = [
  '# --cache',
  '',
  `Made by \`npm run bench:cache\` (Node.js ${process.version}, ${new Date().toISOString().slice(0, 10)}): each folder of`,
  '`../shared/corpus/docs` checked twice with `--format json --cache`, the first run filling the cache.',
  '',
  '| folder | first run | second run | faster | same report |',
  '|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.first.toFixed(2)} s | ${r.second.toFixed(2)} s | ${(r.first / r.second).toFixed(1)} × | ${r.same ? 'yes' : '**no**'} |`,
  ),
  `| **all** | ${sum('first').toFixed(2)} s | ${sum('second').toFixed(2)} s | ${(sum('first') / sum('second')).toFixed(1)} × | ${rows.every((r) => r.same) ? 'yes' : '**no**'} |`,
  '',
  'A small folder is bounded by start-up (about a second); the larger the folder, the more the cache saves.',
  '',
];
writeFileSync(join(root, 'bench/CACHE.md'), lines.join('\n'));
process.exitCode = rows.every((r) => r.same) ? 0 : 1;
