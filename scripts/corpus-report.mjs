#!/usr/bin/env node
// False-positive run: every rule over the real documentation in ../shared/corpus/docs (text nobody wrote for
// draftlint), counted per corpus and rule, with every diagnostic listed for reading.
// Each diagnostic left is explained (why it is a fair report on that page) in test/corpus/explanations.yaml, keyed
// by `corpus/path rule/messageId`; one with no explanation is marked so.
// Usage: npm run corpus [-- --write docs/corpus-report.md] [-- --corpus DIR]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { lintFiles } from '../dist/src/index.js';

const args = process.argv.slice(2);
const corpusRoot = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : '../shared/corpus/docs';
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
// No --now: a pre-commit hook runs on the clock, and so does this report (its date is printed).
const today = new Date().toISOString().slice(0, 10);
const EXPLANATIONS = 'test/corpus/explanations.yaml';
const explanations = existsSync(EXPLANATIONS) ? (parse(readFileSync(EXPLANATIONS, 'utf8')) ?? {}) : {};
let unexplained = 0;

if (!existsSync(corpusRoot)) {
  console.error(`draftlint corpus: ${corpusRoot} not found`);
  process.exit(2);
}

const corpora = (await readdir(corpusRoot, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const lines = [];
const rows = [];
let totalFiles = 0;
let totalDiagnostics = 0;
const byRuleTotal = {};

for (const corpus of corpora) {
  const dir = join(corpusRoot, corpus);
  const started = performance.now();
  const { results, errors } = await lintFiles([dir]);
  const seconds = (performance.now() - started) / 1000;
  const byRule = {};
  let count = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
      byRuleTotal[d.ruleId] = (byRuleTotal[d.ruleId] ?? 0) + 1;
      count++;
      const line = result.source.split(/\r?\n/)[d.line - 1] ?? '';
      const file = relative(corpusRoot, result.filePath);
      const why = explanations[`${file} ${d.ruleId}/${d.messageId}`];
      if (!why) unexplained++;
      lines.push(
        `- \`${file}:${d.line}:${d.column}\` ${d.ruleId}/${d.messageId} — ${d.message}\n  > ${line.trim().slice(0, 160)}\n  ` +
          (why ? `Why it stands: ${why}` : 'Not explained yet.'),
      );
    }
  }
  totalFiles += results.length;
  totalDiagnostics += count;
  rows.push(
    `| ${corpus} | ${results.length} | ${count} | ${((count / Math.max(results.length, 1)) * 50).toFixed(2)} | ${
      Object.entries(byRule)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '—'
    } | ${errors.length} | ${seconds.toFixed(1)} s |`,
  );
}

const report = [
  '# False-positive run over real documentation',
  '',
  `Made by \`npm run corpus -- --write docs/corpus-report.md\` on ${today}, as a pre-commit hook runs (no \`--now\`). The corpora are the Markdown files of five public`,
  'documentation repositories (see `../shared/corpus/docs/SOURCES.md`); none was written as a draft, so every report is a candidate false positive.',
  'Target: at most one diagnostic per 50 files, each one a fair report on its page: every diagnostic below says why it',
  `stands (\`${EXPLANATIONS}\`)${unexplained ? `; ${unexplained} not explained yet` : ''}.`,
  '',
  '| corpus | files | diagnostics | per 50 files | by rule | unreadable | time |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  `| **all** | ${totalFiles} | ${totalDiagnostics} | ${((totalDiagnostics / Math.max(totalFiles, 1)) * 50).toFixed(2)} | ${
    Object.entries(byRuleTotal)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '—'
  } | | |`,
  '',
  '## Every diagnostic',
  '',
  ...(lines.length ? lines : ['None.']),
  '',
].join('\n');

if (writeTo) writeFileSync(writeTo, report);
console.log(report);
