// Copies the YAML lexicons next to the compiled rule and analyser modules, which load them by relative URL.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';

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
    const target = join('dist', file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
}
