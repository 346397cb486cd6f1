// Warm throughput of lint() in one process, and how its cost grows with 1×, 4× and 16× the files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../dist/src/index.js';

const [dir, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.md') ? [join(d, e.name)] : [],
  );
const texts = walk(dir).map((path) => ({ text: readFileSync(path), filename: path }));
const mb = texts.reduce((sum, t) => sum + t.text.length, 0) / 2 ** 20;

async function timeAll(list) {
  const started = performance.now();
  for (const input of list) await lint(input);
  return (performance.now() - started) / 1000;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await timeAll(texts); // load jieba, chrono and the lexicons once
const rows = [];
for (const factor of [1, 4, 16]) {
  const list = Array.from({ length: factor }, () => texts).flat();
  const samples = [];
  for (let i = 0; i < (factor === 16 ? 1 : runs); i++) samples.push(await timeAll(list));
  const seconds = median(samples);
  rows.push(
    `| ${factor}× | ${list.length} | ${seconds.toFixed(2)} s | ${(list.length / seconds).toFixed(0)} | ${((mb * factor) / seconds).toFixed(2)} | ${((seconds / list.length) * 1000).toFixed(1)} ms |`,
  );
}
console.log('| corpus | files | lint() time | files/s | MB/s | per file |');
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nPeak memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`);
