// Builds the Traditional-to-Simplified character table from OpenCC's dictionaries (through opencc-js) once, at build
// time, into src/analysis/script/data/simplify.json: the start-up then reads two strings instead of building maps
// from three dictionaries. Only one-to-one mappings that keep the UTF-16 length are kept, so offsets in the
// Simplified view stay valid.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

function readTable(data) {
  const table = new Map();
  for (const entry of data.split('|')) {
    const [from, ...to] = entry.split(' ');
    if (from && to.length) table.set(from, to);
  }
  return table;
}

const ts = readTable(TSCharacters);
const twRev = readTable(TWVariantsRev);
const toSimplified = new Map();
for (const [from, to] of ts) if (to[0].length === from.length && to[0] !== from) toSimplified.set(from, to[0]);
for (const [variant, standard] of twRev) {
  const simplified = ts.get(standard[0])?.[0] ?? standard[0];
  if (simplified.length === variant.length && simplified !== variant && !toSimplified.has(variant))
    toSimplified.set(variant, simplified);
}
const simplifiedOnly = [];
for (const [from, to] of readTable(STCharacters))
  if (!to.includes(from) && !toSimplified.has(from)) simplifiedOnly.push(from);

const target = new URL('../src/analysis/script/data/simplify.json', import.meta.url);
mkdirSync(dirname(target.pathname), { recursive: true });
// `from[i]` is written `to[i]` in Simplified; every character in both lists is Han.
const table = { from: [...toSimplified.keys()], to: [...toSimplified.values()], simplifiedOnly };
writeFileSync(target, `${JSON.stringify(table)}\n`);
const nonHan = [...toSimplified.keys(), ...simplifiedOnly].filter((ch) => !/\p{Script=Han}/u.test(ch));
console.log(
  `simplify.json: ${toSimplified.size} characters to Simplified, ${simplifiedOnly.length} Simplified-only; not Han: ${JSON.stringify(nonHan)}`,
);
