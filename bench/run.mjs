#!/usr/bin/env node
// The benchmark: cold start, CLI throughput per corpus, warm library throughput, scaling, and textlint, alex and a
// read-and-regex floor over the same files, in one run on this machine. Medians of several runs; results go to
// bench/RESULTS.md. Usage: npm run bench [-- --runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const here = resolve('bench');
const bin = resolve('bin/draftlint.js');
const corpusRoot = resolve('../shared/corpus/docs');
const email = join(here, 'fixtures/notice.zh-Hant.eml');
const emailText = join(here, 'fixtures/notice.zh-Hant.md');
const textlint = join(here, 'node_modules/.bin/textlint');
const alex = join(here, 'node_modules/.bin/alex');
const haveTools = existsSync(textlint) && existsSync(alex);
const nodePath = join(here, 'node_modules');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Wall time (s) and peak memory (MB) of one command, from GNU time. */
function measure(command, commandArgs, env = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, mb: kb / 1024 };
}

function repeat(command, commandArgs, env) {
  const samples = Array.from({ length: runs }, () => measure(command, commandArgs, env));
  return { seconds: median(samples.map((s) => s.seconds)), mb: Math.max(...samples.map((s) => s.mb)) };
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.(md|markdown|mdx)$/.test(d.name) ? [join(dir, d.name)] : []));
}

const lines = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};

out('# Benchmark results');
out();
out(`Made by \`npm run bench -- --runs ${runs}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`);
out('Times are medians of the runs (wall clock, whole process); memory is the peak resident set of the largest run.');
out();

out('## Cold start: one 2 KB Chinese email');
out();
out('| command | median | × `node -e 0` | peak memory |');
out('|---|---|---|---|');
const floor = repeat('node', ['-e', '0']);
const cold = [
  ['`node -e 0`', floor],
  ['draftlint (the .eml)', repeat('node', [bin, 'check', email])],
  ['draftlint (the same text as .md)', repeat('node', [bin, 'check', emailText])],
];
if (haveTools) {
  cold.push(['textlint, 4 rules incl. CJK (the .md)', repeat(textlint, ['--config', join(here, '.textlintrc.json'), emailText])]);
  cold.push(['alex (the .md)', repeat(alex, [emailText])]);
}
for (const [name, m] of cold) out(`| ${name} | ${m.seconds.toFixed(2)} s | ${(m.seconds / floor.seconds).toFixed(1)} | ${m.mb.toFixed(0)} MB |`);
out();

out('## Throughput: the CLI over real documentation');
out();
out('| corpus | files | MB | draftlint | files/s | MB/s | peak memory | read + one regex | × floor |');
out('|---|---|---|---|---|---|---|---|---|');
const corpora = existsSync(corpusRoot) ? readdirSync(corpusRoot).filter((d) => statSync(join(corpusRoot, d)).isDirectory()).sort() : [];
const floorScript = `const fs=require('fs');let n=0;for(const f of process.argv.slice(1)){const t=fs.readFileSync(f,'utf8');n+=(t.match(/稍後|稍后|soon|會議|会议|meeting/g)||[]).length}`;
for (const corpus of corpora) {
  const list = files(join(corpusRoot, corpus));
  const mb = list.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20;
  const ours = repeat('node', [bin, 'check', join(corpusRoot, corpus), '--format', 'json']);
  const regex = repeat('node', ['-e', floorScript, ...list]);
  out(`| ${corpus} | ${list.length} | ${mb.toFixed(2)} | ${ours.seconds.toFixed(2)} s | ${(list.length / ours.seconds).toFixed(0)} | ${(mb / ours.seconds).toFixed(2)} | ${ours.mb.toFixed(0)} MB | ${regex.seconds.toFixed(2)} s | ${(ours.seconds / regex.seconds).toFixed(1)} |`);
}
out();

if (haveTools) {
  out('## Side by side on the same files');
  out();
  out('| corpus | draftlint | textlint (4 rules) | alex | draftlint files/s ÷ textlint files/s |');
  out('|---|---|---|---|---|');
  for (const corpus of corpora.filter((c) => /vue-docs|rust-book/.test(c))) {
    const dir = join(corpusRoot, corpus);
    const ours = repeat('node', [bin, 'check', dir, '--format', 'json']);
    const theirs = repeat(textlint, ['--config', join(here, '.textlintrc.json'), '--format', 'json', dir]);
    const alexRun = repeat(alex, [dir]);
    out(`| ${corpus} | ${ours.seconds.toFixed(2)} s | ${theirs.seconds.toFixed(2)} s | ${alexRun.seconds.toFixed(2)} s | ${(theirs.seconds / ours.seconds).toFixed(2)} |`);
  }
  out();
}

out('## Warm library and scaling (zh-Hans-vue-docs, in one process)');
out();
const library = execFileSync('node', [join(here, 'warm.mjs'), join(corpusRoot, 'zh-Hans-vue-docs'), String(runs)], { encoding: 'utf8' });
out(library.trim());
out();

const nodejieba = spawnSync('node', ['-e', "require('nodejieba')"], { env: { ...process.env, NODE_PATH: nodePath } }).status === 0;
out('## Segmenter backends');
out();
if (nodejieba) {
  const dir = join(corpusRoot, 'zh-Hans-vue-docs');
  const a = repeat('node', [bin, 'check', dir, '--format', 'json']);
  const b = repeat('node', [bin, 'check', dir, '--format', 'json', '--segmenter', 'nodejieba'], { NODE_PATH: nodePath });
  out('| backend | zh-Hans-vue-docs | peak memory |');
  out('|---|---|---|');
  out(`| @node-rs/jieba (default) | ${a.seconds.toFixed(2)} s | ${a.mb.toFixed(0)} MB |`);
  out(`| nodejieba | ${b.seconds.toFixed(2)} s | ${b.mb.toFixed(0)} MB |`);
} else {
  out('nodejieba is not installed here (its install script builds C++ and could not run); only @node-rs/jieba was measured.');
}
out();

// The language server: a change to a 5 KB draft until its diagnostics (also on its own: npm run bench:lsp).
execFileSync('node', [join(here, 'lsp-latency.mjs')], { encoding: 'utf8' });
out(readFileSync(join(here, 'LSP.md'), 'utf8').replace(/^# Language server latency/, '## Language server latency').trim());
out();

// The targets and the profile that explains the figures, written by hand in bench/analysis.md.
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n${readFileSync(join(here, 'analysis.md'), 'utf8')}`);
