// Compiles the YAML lexicons to JSON next to the compiled rule and analyser modules, which load them by relative
// URL: the start-up then needs no YAML parser. Each lexicon is validated as it is compiled. Only the JSON goes to
// dist/ (the YAML is the source). Data files (`data/*.json`) are copied as they are.
import { readdirSync, statSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { parseLexicon } from '../dist/src/analysis/lexicon/lexicon.js';
import { parse } from 'yaml';

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

for (const root of ['src', 'rules']) {
  for (const file of walk(root)) {
    const target = join('dist', file);
    if (file.endsWith('.yaml')) {
      const text = readFileSync(file, 'utf8');
      parseLexicon(text, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target.replace(/\.yaml$/, '.json'), `${JSON.stringify(parse(text))}\n`);
    } else if (file.endsWith('.json') && basename(dirname(file)) === 'data') {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
  }
}
