#!/usr/bin/env node
// Whether a change to how drafts are read, parsed or scheduled left every report as it was: the CLI's JSON over the
// fixtures and the corpora, one digest per file, compared with a baseline written by the same script on an earlier
// build. Usage:
//   node scripts/equivalence.mjs --write bench/equivalence.json [--bin other/bin/draftlint.js] [--full DIR]
//   node scripts/equivalence.mjs --against bench/equivalence.json [--full DIR]
// With --full, each target's whole JSON is also kept in DIR, so a difference can be read, not only counted.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const writePath = flag('--write');
const againstPath = flag('--against');
const bin = resolve(flag('--bin') ?? 'bin/draftlint.js');
const full = flag('--full');
const only = flag('--only');
if (!writePath === !againstPath) {
  console.error('usage: equivalence.mjs --write FILE | --against FILE [--bin BIN] [--full DIR] [--only NAME]');
  process.exit(2);
}

const root = resolve('.');
// The shared corpus sits beside the repository (../shared), or beside the folder of worktrees (../../shared).
const corpus =
  process.env.DRAFTLINT_CORPUS ??
  ['../shared/corpus', '../../shared/corpus'].map((p) => resolve(p)).find((p) => existsSync(p)) ??
  resolve('../shared/corpus');
// A fixed clock: relative dates ("tomorrow") and past-time checks then read the same in every run.
const NOW = '2026-12-03T09:00:00+08:00';
const folders = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => statSync(join(dir, d)).isDirectory())
        .sort()
        .map((d) => join(dir, d))
    : [];
const targets = [
  ...folders(join(root, 'test/fixtures')).map((dir) => ({
    name: `fixtures/${relative(join(root, 'test/fixtures'), dir)}`,
    dir,
  })),
  ...folders(join(corpus, 'real')).map((dir) => ({ name: `real/${relative(join(corpus, 'real'), dir)}`, dir })),
  ...folders(join(corpus, 'docs')).map((dir) => ({ name: `docs/${relative(join(corpus, 'docs'), dir)}`, dir })),
].filter((t) => !only || t.name.includes(only));

const digest = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function run(target) {
  const result = spawnSync('node', [bin, 'check', target.dir, '--format', 'json', '--now', NOW, '--no-config'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    cwd: target.dir,
  });
  let reports = [];
  try {
    reports = JSON.parse(result.stdout || '[]');
  } catch {
    reports = [];
  }
  if (full) {
    mkdirSync(full, { recursive: true });
    writeFileSync(join(full, `${target.name.replace(/\//g, '_')}.json`), result.stdout);
  }
  const files = {};
  for (const report of reports) files[report.filePath] = digest(report);
  return { exit: result.status, stderr: digest(result.stderr.split('\n').sort()), files };
}

const now = {};
for (const target of targets) {
  const started = Date.now();
  now[target.name] = run(target);
  console.error(
    `${target.name}: ${Object.keys(now[target.name].files).length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (writePath) {
  const previous = only && existsSync(writePath) ? JSON.parse(readFileSync(writePath, 'utf8')) : {};
  writeFileSync(writePath, `${JSON.stringify({ ...previous, ...now }, null, 1)}\n`);
  console.log(`baseline written: ${writePath}`);
} else {
  const baseline = JSON.parse(readFileSync(againstPath, 'utf8'));
  let differences = 0;
  for (const [name, got] of Object.entries(now)) {
    const want = baseline[name];
    if (!want) {
      console.log(`${name}: no baseline`);
      differences++;
      continue;
    }
    const changed = [...new Set([...Object.keys(want.files), ...Object.keys(got.files)])].filter(
      (f) => want.files[f] !== got.files[f],
    );
    if (want.exit !== got.exit) console.log(`${name}: exit ${want.exit} → ${got.exit}`);
    if (want.stderr !== got.stderr) console.log(`${name}: standard error differs`);
    for (const file of changed) console.log(`${name}: ${file} differs`);
    const count = changed.length + (want.exit !== got.exit) + (want.stderr !== got.stderr);
    differences += count;
    console.log(`${name}: ${Object.keys(got.files).length} files, ${count ? `${count} differences` : 'identical'}`);
  }
  process.exit(differences ? 1 : 0);
}
