import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { parseBounded } from './markdown-bounds.js';
import { cutPage, parseInPieces } from './markdown-pieces.js';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { Element, Nodes as HastNodes } from 'hast';
import type { fromHtml as FromHtml } from 'hast-util-from-html';
import type { BlockPart, Link, ParsedInput, Segment } from '../document/types.js';
import { findBareUrls } from '../document/links.js';
import { InputError } from './errors.js';

type RawBlock = ParsedInput['blocks'][number];

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses Markdown; `src/input/mdx.ts` hands in a processor with MDX syntax for .mdx files. */
export type MarkdownParser = { parse(source: string): unknown };

/** Collects the prose of one block: text in reading order with a map back to the source. */
class BlockText {
  text = '';
  segments: Segment[] = [];
  links: Link[] = [];

  constructor(private readonly source: string) {}

  /** Appends a text node's value, aligned character by character with its source (escapes, entities and quote markers fall between). */
  appendValue(value: string, sourceStart: number, sourceEnd: number): void {
    const raw = this.source.slice(sourceStart, sourceEnd);
    if (raw === value) {
      this.pushSegment(value.length, sourceStart, value.length);
      this.text += value;
      return;
    }
    let cursor = 0;
    for (const ch of value) {
      const found = raw.indexOf(ch, cursor);
      if (found === -1) {
        this.pushSegment(ch.length, sourceStart + cursor, 0);
      } else {
        this.pushSegment(ch.length, sourceStart + found, ch.length);
        cursor = found + ch.length;
      }
      this.text += ch;
    }
  }

  /** A stand-in for masked content (inline code, an image) so words on either side do not run together. */
  appendGap(sourceStart: number): void {
    if (this.text === '' || /\s$/.test(this.text)) return;
    this.pushSegment(1, sourceStart, 0);
    this.text += ' ';
  }

  private pushSegment(length: number, sourceStart: number, sourceLength: number): void {
    const last = this.segments.at(-1);
    const textStart = this.text.length;
    if (
      last &&
      last.length === last.sourceLength &&
      length === sourceLength &&
      last.textStart + last.length === textStart &&
      last.sourceStart + last.sourceLength === sourceStart
    ) {
      last.length += length;
      last.sourceLength += sourceLength;
      return;
    }
    this.segments.push({ textStart, sourceStart, length, sourceLength });
  }
}

/** Reference-style link definitions, `[zoom]: https://zoom.us/my/…`, by their normalised label. */
type Definitions = Map<string, string>;

function appendInline(
  node: Nodes,
  into: BlockText,
  html: { start: number; text: string }[],
  definitions: Definitions = new Map(),
): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  switch (node.type) {
    case 'text':
      into.appendValue(node.value, start, end);
      return;
    case 'break':
      into.appendValue('\n', start, end);
      return;
    case 'html':
      html.push({ start, text: node.value });
      into.appendGap(start);
      return;
    case 'inlineCode':
    case 'mdxTextExpression' as string:
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      into.appendGap(start);
      return;
    case 'link': {
      const linkStart = into.text.length;
      // A badge, [![Join on Zoom](badge.svg)](https://zoom.us/j/…), is a link whose text is its image's alt.
      const badge = node.children.length > 0 && node.children.every((child) => child.type === 'image' && child.alt);
      for (const child of node.children) {
        if (badge && child.type === 'image')
          into.appendValue(child.alt ?? '', child.position?.start.offset ?? start, child.position?.end.offset ?? end);
        else appendInline(child, into, html, definitions);
      }
      into.links.push({ url: node.url, start: linkStart, end: into.text.length });
      return;
    }
    case 'linkReference': {
      // "over [zoom] at [10am]" with `[zoom]: https://zoom.us/my/…` defined at the foot of the page.
      const linkStart = into.text.length;
      for (const child of node.children) appendInline(child, into, html, definitions);
      const url = definitions.get(node.identifier.toLowerCase());
      if (url) into.links.push({ url, start: linkStart, end: into.text.length });
      return;
    }
    default:
      if ('children' in node)
        for (const child of node.children as Nodes[]) appendInline(child, into, html, definitions);
  }
}

function appendHtml(node: HastNodes, into: BlockText, offset: number): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) into.appendValue(node.value, offset + start, offset + end);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  const element = node as Element;
  if (element.type === 'element' && (element.tagName === 'script' || element.tagName === 'style')) return;
  const linkStart = into.text.length;
  for (const child of element.children) appendHtml(child as HastNodes, into, offset);
  if (element.type === 'element' && element.tagName === 'br')
    into.appendGap(offset + (element.position?.start.offset ?? 0));
  const href = element.type === 'element' && element.tagName === 'a' ? element.properties?.href : undefined;
  if (typeof href === 'string') into.links.push({ url: href, start: linkStart, end: into.text.length });
}

function partOf(ancestors: Parents[]): BlockPart {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const type = ancestors[i].type;
    if (type === 'listItem') return 'list-item';
    if (type === 'blockquote') return 'quote';
  }
  return 'paragraph';
}

export function parseMarkdown(
  source: string,
  filename?: string,
  fromHtml?: typeof FromHtml,
  parser: MarkdownParser = markdown,
): ParsedInput {
  const parseOne = (text: string) => parseBounded((piece) => parser.parse(piece) as Root, text);
  // A long page in pieces (not MDX, whose expressions and JSX the cuts do not know).
  const cut = parser === markdown ? cutPage(source) : undefined;
  const tree = cut ? parseInPieces(parseOne, source, cut) : parseOne(source);
  const blocks: RawBlock[] = [];
  const html: { start: number; text: string }[] = [];
  let frontMatter: Record<string, unknown> | undefined;
  const definitions: Definitions = new Map();
  const define = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    else if ('children' in node) for (const child of node.children as Nodes[]) define(child);
  };
  define(tree);

  const pushBlock = (node: Parents, part: BlockPart) => {
    const collected = new BlockText(source);
    for (const child of node.children) appendInline(child as Nodes, collected, html, definitions);
    if (collected.text.trim() === '') return;
    const bare = findBareUrls(collected.text).filter(
      (bareLink) => !collected.links.some((l) => l.start <= bareLink.start && bareLink.end <= l.end),
    );
    blocks.push({
      index: blocks.length,
      part,
      text: collected.text,
      segments: collected.segments,
      links: [...collected.links, ...bare].sort((a, b) => a.start - b.start),
    });
  };

  // 「<td>日期:</td><td>2017年4月8日</td>」: each cell of an HTML table is a table cell, its text mapped to the source.
  const pushHtmlCells = (value: string, offset: number) => {
    const tree = fromHtml!(value, { fragment: true });
    const visit = (node: HastNodes) => {
      if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
        const collected = new BlockText(source);
        appendHtml(node, collected, offset);
        if (collected.text.trim() === '') return;
        const bare = findBareUrls(collected.text).filter(
          (b) => !collected.links.some((l) => l.start <= b.start && b.end <= l.end),
        );
        blocks.push({
          index: blocks.length,
          part: 'table-cell',
          text: collected.text,
          segments: collected.segments,
          links: [...collected.links, ...bare].sort((a, b) => a.start - b.start),
        });
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as HastNodes);
    };
    visit(tree);
  };

  const walk = (node: RootContent, ancestors: Parents[]) => {
    switch (node.type) {
      case 'yaml':
        frontMatter = readFrontMatter(node.value, filename);
        return;
      case 'heading':
        pushBlock(node, 'heading');
        return;
      case 'paragraph':
        pushBlock(node, partOf(ancestors));
        return;
      case 'tableCell':
        pushBlock(node, 'table-cell');
        return;
      case 'html':
        html.push({ start: node.position?.start.offset ?? 0, text: node.value });
        if (fromHtml && /<t[dh][\s>]/i.test(node.value)) pushHtmlCells(node.value, node.position?.start.offset ?? 0);
        return;
      case 'code':
      case 'mdxjsEsm' as string:
      case 'mdxFlowExpression' as string:
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node)
          for (const child of node.children as RootContent[]) walk(child, [...ancestors, node as Parents]);
    }
  };
  for (const child of tree.children) walk(child, [tree]);

  return {
    format: 'markdown',
    filename,
    source,
    writable: true,
    headers: { to: [], cc: [], bcc: [] },
    frontMatter,
    html,
    blocks,
  };
}

function readFrontMatter(value: string, filename?: string): Record<string, unknown> | undefined {
  try {
    const data = parseYaml(value);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch (error) {
    // Front matter is another tool's business; it matters here only when it carries draftlint's own settings.
    if (!/^\s*draftlint\s*:/m.test(value)) return undefined;
    throw new InputError(`front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`, filename);
  }
}
