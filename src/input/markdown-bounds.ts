// The Markdown parser resolves emphasis, strikethrough and link brackets by searching back over the delimiters it
// has seen: a paragraph of thousands of unmatched `*a`, `~a`, `a]` or `](` takes time that grows with the square
// of their number (100,000 characters of `*a`: over two minutes). No paragraph a person writes holds that many, so
// in such a paragraph the delimiters are read as plain characters: each is swapped, before parsing, for a stand-in
// of the same length the parser ignores, and swapped back in the tree, so offsets and text stay the draft's own.
import type { Nodes, Root } from 'mdast';

const DELIMITERS = '*_~[]()`!<>&\\';
const STAND_IN_BASE = 0xe000;
const STAND_INS = new RegExp(
  `[\\u{${STAND_IN_BASE.toString(16)}}-\\u{${(STAND_IN_BASE + DELIMITERS.length - 1).toString(16)}}]`,
  'u',
);
const MAX_DELIMITERS_PER_PARAGRAPH = 2_000;
const FENCE = /^[ \t]*(?:```|~~~)/m;

export function parseBounded(parse: (source: string) => Root, source: string): Root {
  // A draft that already holds a stand-in character is parsed as it is (the time budget still bounds it).
  if (STAND_INS.test(source)) return parse(source);
  const bounded = neutralized(source);
  if (bounded === source) return parse(source);
  const tree = parse(bounded);
  restore(tree);
  return tree;
}

/** The source with the delimiters of each over-full paragraph swapped for stand-ins; the first mark of a line kept. */
function neutralized(source: string): string {
  let out = '';
  let changed = false;
  for (const paragraph of source.split(/(\n[ \t]*\n)/)) {
    let count = 0;
    for (const char of paragraph) if (DELIMITERS.includes(char)) count++;
    // Code fences keep their marks (inside one nothing is resolved anyway).
    if (count <= MAX_DELIMITERS_PER_PARAGRAPH || FENCE.test(paragraph)) {
      out += paragraph;
      continue;
    }
    changed = true;
    out += paragraph.replace(
      /(^[ \t]*[^ \t\n]?)|([*_~[\]()`!<>&\\])/gm,
      (match, lineStart: string | undefined, delimiter: string | undefined) =>
        lineStart !== undefined ? match : String.fromCharCode(STAND_IN_BASE + DELIMITERS.indexOf(delimiter as string)),
    );
  }
  return changed ? out : source;
}

function restore(tree: Root): void {
  const back = (value: string) =>
    value.replace(new RegExp(STAND_INS.source, 'gu'), (c) => DELIMITERS[c.charCodeAt(0) - STAND_IN_BASE]);
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop() as Nodes;
    if ('value' in node && typeof node.value === 'string') node.value = back(node.value);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}
