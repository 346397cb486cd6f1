#!/usr/bin/env node
// Rewrites test/fixtures/**/<name>.expected.json from the built CLI. Review the diff before committing:
// an expected file is a claim about what draftlint should say, not a snapshot to accept blindly.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureArgs } from '../test/support/fixtures.mjs';

for (const format of ['txt', 'md', 'eml']) {
  for (const language of readdirSync(join('test/fixtures', format))) {
    for (const name of readdirSync(join('test/fixtures', format, language)).filter(
      (f) => !f.endsWith('.expected.json'),
    )) {
      const path = join('test/fixtures', format, language, name);
      let out;
      try {
        out = execFileSync('node', ['bin/draftlint.js', 'check', ...fixtureArgs(path)], { encoding: 'utf8' });
      } catch (error) {
        out = error.stdout;
      }
      writeFileSync(path.replace(/\.[^.]+$/, '.expected.json'), out);
      console.log(path);
    }
  }
}
