#!/usr/bin/env node
// Fuzzes the .eml, Markdown and text readers with mutated real drafts (test/fixtures and ../shared/corpus/real).
// A crash is any error other than a one-line input error; a hang is a draft stopped by the time budget
// (--max-file-time, 10 s). Each is saved under test/fixtures/fuzz/ for a regression test.
// Usage: npm run fuzz [-- --seconds 60 --seed 1]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, InputError, UsageError, TimeBudgetError } from '../dist/src/index.js';
import { mutate, random } from '../test/support/mutate.mjs';

const args = process.argv.slice(2);
const seconds = Number(args.includes('--seconds') ? args[args.indexOf('--seconds') + 1] : 30);
const seed = Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : Date.now() % 100000);

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? walk(path)
      : /\.(eml|md|txt)$/.test(name) && !name.includes('expected')
        ? [path]
        : [];
  });
}

const seeds = [...walk('test/fixtures'), ...walk('../shared/corpus/real')].map((path) => ({
  path,
  bytes: readFileSync(path),
}));
const rand = random(seed);
const deadline = Date.now() + seconds * 1000;
let runs = 0;
let rejected = 0;
const crashes = [];
const hangs = [];
while (Date.now() < deadline) {
  const base = seeds[Math.floor(rand() * seeds.length)];
  const other = seeds[Math.floor(rand() * seeds.length)];
  const bytes = mutate(base.bytes, other.bytes, rand);
  const filename = ['draft.eml', 'draft.md', 'draft.txt'][Math.floor(rand() * 3)];
  runs++;
  // Half the inputs go in as bytes (the file path, where bad UTF-8 is an input error), half as decoded text
  // (the library path), so damaged text still reaches the parsers and the rules.
  const text = rand() < 0.5 ? bytes : new TextDecoder().decode(bytes);
  try {
    // In a worker thread, stopped past the budget: a hang is found and the run goes on.
    await lint({ text, filename }, { now: '2026-11-27T10:00:00+08:00', maxFileTime: 10 });
  } catch (error) {
    if (error instanceof TimeBudgetError) {
      hangs.push({ filename, bytes, error: error.reason });
      continue;
    }
    if (error instanceof InputError || error instanceof UsageError) {
      rejected++;
      continue;
    }
    crashes.push({ filename, bytes, error: `${error?.name}: ${error?.message}` });
  }
}
if (crashes.length || hangs.length) {
  mkdirSync('test/fixtures/fuzz', { recursive: true });
  crashes.forEach((crash, i) =>
    writeFileSync(join('test/fixtures/fuzz', `crash-${seed}-${i}-${crash.filename}`), crash.bytes),
  );
  hangs.forEach((hang, i) =>
    writeFileSync(join('test/fixtures/fuzz', `hang-${seed}-${i}-${hang.filename}`), hang.bytes),
  );
}
console.log(
  `fuzz: seed ${seed}, ${seeds.length} seeds, ${runs} inputs in ${seconds} s (${rejected} rejected with a reason), ${crashes.length} crashes, ${hangs.length} past the time budget`,
);
for (const crash of [...crashes, ...hangs].slice(0, 10)) console.log(`  ${crash.filename}: ${crash.error}`);
process.exit(crashes.length || hangs.length ? 1 : 0);
