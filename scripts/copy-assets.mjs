// Compiles the YAML lexicons to JSON next to the compiled rule and analyser modules, which load them by relative
// URL: the start-up then needs no YAML parser. Each lexicon is validated as it is compiled.
import { readdirSync, statSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parseLexicon } from '../dist/src/analysis/lexicon/lexicon.js';
import { parse } from 'yaml';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

for (const root of ['src', 'rules']) {
  for (const file of walk(root)) {
    const text = readFileSync(file, 'utf8');
    parseLexicon(text, file);
    const target = join('dist', file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    writeFileSync(target.replace(/\.yaml$/, '.json'), JSON.stringify(parse(text)));
  }
}
