#!/usr/bin/env node
// The benchmark, in one run on this machine: cold start against `node -e 0`, then per corpus folder files/s, MB/s and
// peak memory for draftlint beside textlint, markdownlint-cli2, alex and zhlint, and how draftlint's time and memory
// grow with 1×, 2×, 4× and 10× a corpus. Commands of one table are interleaved run by run, so a machine shared with
// other work slows them alike and the ratios hold; times are medians. Results go to bench/RESULTS.md.
// Usage: npm run bench [-- --runs 3 --cold-runs 15 --corpora vue,rust --scale zh-Hans-vue-docs --no-lsp]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 3));
const coldRuns = Number(option('--cold-runs', 15));
const only = option('--corpora', '').split(',').filter(Boolean);
const scaleCorpus = option('--scale', 'zh-Hans-vue-docs');
const here = resolve('bench');
const bin = resolve('bin/draftlint.js');
// The shared corpus sits beside the repository (../shared), or beside the folder of worktrees (../../shared).
const corpusRoot = process.env.DRAFTLINT_CORPUS
  ? join(process.env.DRAFTLINT_CORPUS, 'docs')
  : (['../shared/corpus/docs', '../../shared/corpus/docs'].map((p) => resolve(p)).find((p) => existsSync(p)) ??
    resolve('../shared/corpus/docs'));
const tool = (name) => join(here, 'node_modules/.bin', name);
const have = (name) => existsSync(tool(name));
const NOW = '2026-12-03T09:00:00+08:00';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall time (s), CPU time (user + system, s) and peak resident memory (MB) of one command, from GNU time. */
function measure({ command, argv, cwd }) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...argv], {
    encoding: 'utf8',
    cwd,
    maxBuffer: 1 << 30,
  });
  const [seconds, user, system, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, cpu: user + system, mb: kb / 1024 };
}

/** Each command run `n` times, interleaved: the median time and the largest peak memory of each. */
function interleaved(commands, n) {
  const samples = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach((command, j) => samples[j].push(measure(command)));
  return samples.map((list) => ({
    seconds: median(list.map((s) => s.seconds)),
    cpu: median(list.map((s) => s.cpu)),
    mb: Math.max(...list.map((s) => s.mb)),
  }));
}

function markdownFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'node_modules' || d.name.startsWith('.')
        ? []
        : markdownFiles(join(dir, d.name))
      : /\.(md|markdown|mdx)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

const lines = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};
const started = Date.now();

out('# Benchmark results');
out();
out(
  `Made by \`npm run bench -- ${args.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`,
);
out(
  'Commands of one table run interleaved, one after another, each run; times are medians (wall clock, whole process),',
);
out('memory the largest peak resident set. The machine is shared: the absolute times vary from run to run, the ratios');
out('within a table much less.');
out();

// Cold start: what a pre-commit hook on one draft feels.
out(`## Cold start: one draft (medians of ${coldRuns} runs)`);
out();
out('| command | median | × `node -e 0` | CPU time (user + system) | × `node -e 0` | peak memory |');
out('|---|---|---|---|---|---|');
const fixtures = join(here, 'fixtures');
const cold = [
  ['`node -e 0`', { command: 'node', argv: ['-e', '0'] }],
  [
    'draftlint, zh-Hant email (.eml)',
    { command: 'node', argv: [bin, 'check', join(fixtures, 'notice.zh-Hant.eml'), '--now', NOW] },
  ],
  [
    'draftlint, English email (.eml)',
    { command: 'node', argv: [bin, 'check', join(fixtures, 'notice.en.eml'), '--now', NOW] },
  ],
  [
    'draftlint, the zh-Hant text as Markdown (.md)',
    { command: 'node', argv: [bin, 'check', join(fixtures, 'notice.zh-Hant.md'), '--now', NOW] },
  ],
];
if (have('textlint'))
  cold.push([
    'textlint, 4 rules incl. CJK (the .md)',
    {
      command: tool('textlint'),
      argv: ['--config', join(here, '.textlintrc.json'), join(fixtures, 'notice.zh-Hant.md')],
    },
  ]);
if (have('markdownlint-cli2'))
  cold.push([
    'markdownlint-cli2 (the .md)',
    { command: tool('markdownlint-cli2'), argv: [join(fixtures, 'notice.zh-Hant.md')] },
  ]);
if (have('alex')) cold.push(['alex (the .md)', { command: tool('alex'), argv: [join(fixtures, 'notice.zh-Hant.md')] }]);
if (have('zhlint'))
  cold.push(['zhlint (the .md)', { command: tool('zhlint'), argv: ['notice.zh-Hant.md'], cwd: fixtures }]);
const coldResults = interleaved(
  cold.map(([, c]) => c),
  coldRuns,
);
const floor = coldResults[0].seconds;
const floorCpu = coldResults[0].cpu;
cold.forEach(([name], i) => {
  const r = coldResults[i];
  out(
    `| ${name} | ${r.seconds.toFixed(3)} s | ${(r.seconds / floor).toFixed(2)} | ${r.cpu.toFixed(2)} s | ${(r.cpu / floorCpu).toFixed(2)} | ${r.mb.toFixed(0)} MB |`,
  );
});
out();

// Throughput per corpus folder, every tool on the same files.
const corpora = existsSync(corpusRoot)
  ? readdirSync(corpusRoot)
      .filter((d) => statSync(join(corpusRoot, d)).isDirectory() && (!only.length || only.some((o) => d.includes(o))))
      .sort()
  : [];
out(`## Throughput: whole corpus folders (medians of ${runs} runs)`);
out();
out('| corpus | files | MB | tool | time | files/s | MB/s | peak memory | draftlint files/s ÷ tool files/s |');
out('|---|---|---|---|---|---|---|---|---|');
for (const corpus of corpora) {
  const dir = join(corpusRoot, corpus);
  const list = markdownFiles(dir);
  const mb = list.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20;
  const commands = [['draftlint', { command: 'node', argv: [bin, 'check', dir, '--format', 'json', '--now', NOW] }]];
  if (have('textlint'))
    commands.push([
      'textlint (4 rules)',
      { command: tool('textlint'), argv: ['--config', join(here, '.textlintrc.json'), '--format', 'json', dir] },
    ]);
  if (have('markdownlint-cli2'))
    commands.push([
      'markdownlint-cli2',
      { command: tool('markdownlint-cli2'), argv: ['**/*.{md,markdown}'], cwd: dir },
    ]);
  if (have('alex')) commands.push(['alex', { command: tool('alex'), argv: [dir] }]);
  if (have('zhlint') && corpus.startsWith('zh'))
    commands.push(['zhlint', { command: tool('zhlint'), argv: ['**/*.md'], cwd: dir }]);
  const results = interleaved(
    commands.map(([, c]) => c),
    runs,
  );
  commands.forEach(([name], i) => {
    const r = results[i];
    const ratio = i === 0 ? '' : (r.seconds / results[0].seconds).toFixed(2);
    out(
      `| ${corpus} | ${list.length} | ${mb.toFixed(2)} | ${name} | ${r.seconds.toFixed(2)} s | ${(list.length / r.seconds).toFixed(0)} | ${(mb / r.seconds).toFixed(2)} | ${r.mb.toFixed(0)} MB | ${ratio} |`,
    );
  });
}
out();

// Scaling: the same corpus copied 1, 2, 4 and 10 times into one folder.
if (existsSync(join(corpusRoot, scaleCorpus))) {
  out(`## Scaling: ${scaleCorpus} copied 1×, 2×, 4× and 10× into one folder (median of ${runs} runs each)`);
  out();
  out('| copies | files | MB | time | MB/s | s per MB | × the 1× s per MB | peak memory |');
  out('|---|---|---|---|---|---|---|---|');
  const source = join(corpusRoot, scaleCorpus);
  const list = markdownFiles(source);
  const work = mkdtempSync(join(tmpdir(), 'draftlint-scale-'));
  let base;
  try {
    for (const copies of [1, 2, 4, 10]) {
      const dir = join(work, `x${copies}`);
      for (let c = 0; c < copies; c++) {
        for (const file of list) {
          const target = join(dir, `copy-${c}`, relative(source, file));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
      }
      const mb = (list.reduce((sum, f) => sum + statSync(f).size, 0) * copies) / 2 ** 20;
      const [r] = interleaved([{ command: 'node', argv: [bin, 'check', dir, '--format', 'json', '--now', NOW] }], runs);
      base ??= r.seconds / mb;
      out(
        `| ${copies}× | ${list.length * copies} | ${mb.toFixed(2)} | ${r.seconds.toFixed(2)} s | ${(mb / r.seconds).toFixed(2)} | ${(r.seconds / mb).toFixed(2)} | ${(r.seconds / mb / base).toFixed(2)} | ${r.mb.toFixed(0)} MB |`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  out();
}

// The language server: a change to a 5 KB draft until its diagnostics (also on its own: npm run bench:lsp).
if (!args.includes('--no-lsp')) {
  execFileSync('node', [join(here, 'lsp-latency.mjs')], { encoding: 'utf8' });
  out(
    readFileSync(join(here, 'LSP.md'), 'utf8')
      .replace(/^# Language server latency/, '## Language server latency')
      .trim(),
  );
  out();
}
out(`The whole run took ${((Date.now() - started) / 60000).toFixed(1)} minutes.`);
out();

// The targets and the profile that explains the figures, written by hand in bench/analysis.md.
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n\n${readFileSync(join(here, 'analysis.md'), 'utf8')}`);
