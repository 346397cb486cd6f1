#!/usr/bin/env node
// Language server latency: from a didChange to the diagnostics of that version, for a 5 KB draft, warm. Starts
// `draftlint lsp`, opens the draft, makes warm-up edits, then times each of N edits. Medians go to bench/LSP.md.
// Usage: npm run bench:lsp [-- --edits 40]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const args = process.argv.slice(2);
const edits = Number(args.includes('--edits') ? args[args.indexOf('--edits') + 1] : 40);
const paragraph =
  '各位同仁：\n\n訂於2026年12月16日（星期三）上午9:00至10:30，在行政大樓301會議室召開第四季檢討會議，請準時出席，收到請回覆。會前請準備各部門的報告，稍後再補充細節。\n\n';
const drafts = {
  'zh-Hant 5 KB': paragraph.repeat(Math.ceil(5000 / Buffer.byteLength(paragraph))).slice(0, 2050),
  'en 5 KB':
    'Hi all,\n\nThe Q1 planning meeting is on Wednesday, December 16, 2026 at 9:00 AM in Room 4.12. Please bring your team numbers and reply to confirm. I will send the agenda soon.\n\n'.repeat(
      30,
    ),
};

const server = spawn('node', [resolve('bin/draftlint.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
);
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(`${p.uri}@${p.version}`)?.(p));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});

const diagnosticsOf = (uri, version) => new Promise((done) => waiting.set(`${uri}@${version}`, done));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p90 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];

const rows = [];
for (const [name, text] of Object.entries(drafts)) {
  const uri = `file:///bench/${name.replace(/\W+/g, '-')}.md`;
  let version = 1;
  let published = diagnosticsOf(uri, version);
  const opened = performance.now();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
  await published;
  const first = performance.now() - opened;
  const times = [];
  for (let i = 0; i < edits + 5; i++) {
    version++;
    const changed = i % 2 === 0 ? text.replace('9:00', '9:30') : text;
    published = diagnosticsOf(uri, version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text: changed }],
    });
    const { diagnostics } = await published;
    if (i >= 5) times.push(performance.now() - start);
    if (diagnostics.length === 0) throw new Error('no diagnostics: the draft should have some');
  }
  rows.push(
    `| ${name} | ${Buffer.byteLength(text)} | ${first.toFixed(0)} | ${median(times).toFixed(1)} | ${p90(times).toFixed(1)} |`,
  );
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
server.kill();

const report = `# Language server latency

Made by \`npm run bench:lsp\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model.trim()}, Node ${process.version}.
Each draft is opened, edited 5 times to warm up, then edited ${edits} times (the whole text sent each time, as
clients with full sync do); the time is from sending \`didChange\` to receiving \`publishDiagnostics\` for that
version. Target: under 50 ms warm for a 5 KB draft.

| draft | bytes | open, cold (ms) | change, median (ms) | change, p90 (ms) |
|---|---|---|---|---|
${rows.join('\n')}
`;
writeFileSync('bench/LSP.md', report);
process.stdout.write(report);
