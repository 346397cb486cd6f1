// A long page is parsed in pieces; what a user sees (the prose blocks, their places, the diagnostics) must be what a
// parse of the whole page gives, including where a cut would change the meaning.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parseMarkdown } from '../../src/input/markdown.js';
import { cutPage, PIECE_SIZE } from '../../src/input/markdown-pieces.js';

// The same syntax as the default parser, as another processor: parseMarkdown never cuts a page for it.
const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

const section = (n: number) =>
  [
    `## Meeting ${n}`,
    '',
    `**Notes ${n}**`,
    '',
    `- [Ana] will send the [agenda][notes] soon, see [the guide][Guide ${n % 3}].`,
    '  - a nested point about the *launch* and `code`',
    '',
    '```sh',
    '',
    '# not a heading: a comment in a fence',
    '',
    '```',
    '',
    '<!-- a comment over blank lines',
    '',
    '# not a heading either',
    '',
    '-->',
    '',
    '| who | when |',
    '|---|---|',
    `| team ${n} | Tuesday |`,
    '',
    `Please reply ASAP about item ${n}. ${'Some ordinary prose that makes the page long. '.repeat(20)}`,
    '',
  ].join('\n');

const page = [
  '---',
  'title: minutes',
  '',
  '# a YAML comment, not a heading',
  '---',
  '',
  ...Array.from({ length: 120 }, (_, i) => section(i)),
  '[notes]: https://example.com/notes',
  '[guide 0]: https://example.com/0 "Zero"',
  '[Guide 1]: <https://example.com/1>',
  '[guide 2]: https://example.com/2',
  '',
].join('\n');

describe('a long Markdown page parsed in pieces', () => {
  it('is cut, and gives the blocks, links and places of a parse of the whole page', () => {
    expect(page.length).toBeGreaterThan(4 * PIECE_SIZE);
    const cut = cutPage(page);
    expect(cut?.starts.length).toBeGreaterThan(2);
    for (const start of cut!.starts.slice(1)) expect(page.slice(start, start + 3)).toMatch(/^(## |\*\*N)/);
    const inPieces = parseMarkdown(page, 'minutes.md');
    const inOne = parseMarkdown(page, 'minutes.md', undefined, whole);
    expect(inPieces.blocks.length).toBeGreaterThan(600);
    expect(inPieces).toEqual(inOne);
    // The references of early sections found their definitions at the end of the page: their brackets are gone.
    expect(
      inPieces.blocks.filter((b) => b.text.startsWith('[Ana] will send the agenda soon, see the guide.')),
    ).toHaveLength(120);
  });

  it('is parsed whole when a definition sits in a list item, or a footnote is defined', () => {
    const inList = `${page}\n- [tim]: https://example.com/tim\n`;
    expect(cutPage(inList)).toBeUndefined();
    expect(cutPage(`${page}\n[^1]: a footnote\n`)).toBeUndefined();
    expect(cutPage(`${page}\n[notes]: https://example.com/again\n`)).toBeUndefined();
  });

  it('leaves a short page whole', () => {
    expect(cutPage(section(1))).toBeUndefined();
  });
});
