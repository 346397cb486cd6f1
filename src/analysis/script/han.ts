// Character tables from OpenCC (through opencc-js): Traditional (and Taiwan variant) forms to Simplified,
// keeping only one-to-one mappings that keep the UTF-16 length, so offsets in the Simplified view stay valid. The
// table is built from OpenCC's dictionaries at build time (scripts/make-han-tables.mjs); every character in it is
// Han, so a text without Han characters needs no table at all.
import { readFileSync } from 'node:fs';

let toSimplified: Map<string, string> | undefined;
let simplifiedOnly: Set<string> | undefined;

function tables(): { toSimplified: Map<string, string>; simplifiedOnly: Set<string> } {
  if (!toSimplified || !simplifiedOnly) {
    const table = JSON.parse(readFileSync(new URL('./data/simplify.json', import.meta.url), 'utf8')) as {
      from: string[];
      to: string[];
      simplifiedOnly: string[];
    };
    toSimplified = new Map(table.from.map((from, i) => [from, table.to[i]]));
    simplifiedOnly = new Set(table.simplifiedOnly);
  }
  return { toSimplified, simplifiedOnly };
}

const ANY_HAN = /\p{Script=Han}/u;

let traditional: RegExp | undefined;
// Every analysis of a block asks for its Simplified view: the last few are kept.
const views = new Map<string, string>();
const VIEW_CACHE = 64;

/** The Simplified view of a text, character for character (same length, same offsets). */
export function simplify(text: string): string {
  let view = views.get(text);
  if (view !== undefined) return view;
  if (!ANY_HAN.test(text)) return text;
  const map = tables().toSimplified;
  traditional ??= new RegExp(`[${[...map.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');
  view = text.replace(traditional, (ch) => map.get(ch) ?? ch);
  if (views.size >= VIEW_CACHE) views.delete(views.keys().next().value as string);
  views.set(text, view);
  return view;
}

export interface ScriptCounts {
  han: number;
  latin: number;
  traditional: number;
  simplified: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
  let map: Map<string, string> | undefined;
  let simp: Set<string> | undefined;
  for (const ch of text) {
    if (LATIN.test(ch)) counts.latin++;
    else if (HAN.test(ch)) {
      if (!map || !simp) ({ toSimplified: map, simplifiedOnly: simp } = tables());
      counts.han++;
      if (map.has(ch)) counts.traditional++;
      else if (simp.has(ch)) counts.simplified++;
    }
  }
  return counts;
}
