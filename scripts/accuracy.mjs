#!/usr/bin/env node
// Recomputes docs/accuracy.md: meeting-5w2h's missing-when and missing-where against the hand labels in
// test/accuracy/notice-labels.yaml, over the real notices in ../shared/corpus/real.
// Usage: npm run accuracy [-- --write]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../dist/src/index.js';

const corpus = '../shared/corpus/real';
const labels = parse(readFileSync('test/accuracy/notice-labels.yaml', 'utf8'));
if (!existsSync(corpus)) {
  console.error(`draftlint accuracy: ${corpus} not found`);
  process.exit(2);
}

/** The corpus files carry `source:`, `commit:` and `lang:` lines before a blank line; the notice is the rest. */
function body(text) {
  const end = text.indexOf('\n\n');
  return text.slice(end + 2);
}

const rows = [];
const explained = [];
const tally = { when: { tp: 0, fn: 0, fp: 0, tn: 0 }, where: { tp: 0, fn: 0, fp: 0, tn: 0 } };
let detected = 0;
for (const label of labels) {
  const text = body(readFileSync(join(corpus, label.file), 'utf8'));
  // Element detection is measured on notices known to be notices; kind detection is counted on its own below.
  const forced = await lint({ text, filename: label.file.replace(/\.txt$/, '.md') }, { kind: 'meeting-notice' });
  const found = await lint({ text, filename: label.file }, {});
  if (found.document.kind === 'meeting-notice') detected++;
  const flagged = { when: false, where: false };
  for (const d of forced.diagnostics) {
    if (d.messageId === 'missing-when') flagged.when = true;
    if (d.messageId === 'missing-where') flagged.where = true;
  }
  const cells = [];
  for (const element of ['when', 'where']) {
    const missing = !label[element];
    const t = tally[element];
    if (missing && flagged[element]) t.tp++;
    else if (missing) t.fn++;
    else if (flagged[element]) t.fp++;
    else t.tn++;
    cells.push(missing === flagged[element] ? (missing ? 'missing, caught' : 'present') : missing ? '**missed**' : '**wrongly flagged**');
  }
  rows.push(`| ${label.file} | ${cells.join(' | ')} | ${String(label.note).replace(/\|/g, '\\|')} |`);
  if (cells.some((cell) => cell.startsWith('**'))) explained.push(`- **${label.file}** (${cells.map((cell, i) => `${['when', 'where'][i]} ${cell.replace(/\*\*/g, '')}`).join('; ')}): ${label.explain ?? 'not yet explained'}.`);
}

const pct = (a, b) => (b === 0 ? '—' : `${Math.round((a / b) * 100)} %`);
const summary = ['when', 'where'].map((element) => {
  const t = tally[element];
  return `| ${element} | ${t.tp + t.fn} | ${t.tp} (${pct(t.tp, t.tp + t.fn)}) | ${t.fp + t.tn} | ${t.fp} (${pct(t.fp, t.fp + t.tn)}) |`;
});

const report = `# Accuracy of meeting-5w2h on real notices

Made by \`npm run accuracy -- --write\`. The notices are ${labels.length} real meeting notices and event posts written by other
people (${labels.filter((l) => l.file.startsWith('meetings-zh')).length} Chinese, ${labels.filter((l) => l.file.startsWith('meetings-en')).length} English; \`../shared/corpus/real/SOURCES.md\`). Each was labelled by hand in
\`test/accuracy/notice-labels.yaml\`: does it give a day with an exact start time (when), and a place a newcomer
can find or an online link or meeting ID (where)? Each notice is checked as a Markdown page with its kind set to
\`meeting-notice\`, and its \`missing-when\` and \`missing-where\` diagnostics are compared with the labels.

| element | labelled missing | caught | labelled present | wrongly flagged |
|---|---|---|---|---|
${summary.join('\n')}

Kind detection: ${detected} of ${labels.length} notices are recognised as meeting notices when checked as plain-text
messages on today's clock with nothing forced. Most are past events (2014–2025): a past day with a clock time counts
once instead of twice, so such a notice also needs a notice word or an audience beside its meeting word.

## Where draftlint and the labels disagree

${explained.join('\n')}

## Per notice

| notice | when | where | label note |
|---|---|---|---|
${rows.join('\n')}
`;

if (process.argv.includes('--write')) writeFileSync('docs/accuracy.md', report);
console.log(report);
