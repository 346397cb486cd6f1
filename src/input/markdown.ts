import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { parseBounded } from './markdown-bounds.js';
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { BlockPart, Link, ParsedInput, Segment } from '../document/types.js';
import { findBareUrls } from '../document/links.js';
import { InputError } from './errors.js';

type RawBlock = ParsedInput['blocks'][number];

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

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

function appendInline(node: Nodes, into: BlockText, html: { start: number; text: string }[]): void {
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
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      into.appendGap(start);
      return;
    case 'link': {
      const linkStart = into.text.length;
      for (const child of node.children) appendInline(child, into, html);
      into.links.push({ url: node.url, start: linkStart, end: into.text.length });
      return;
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) appendInline(child, into, html);
  }
}

function partOf(ancestors: Parents[]): BlockPart {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const type = ancestors[i].type;
    if (type === 'listItem') return 'list-item';
    if (type === 'blockquote') return 'quote';
  }
  return 'paragraph';
}

export function parseMarkdown(source: string, filename?: string): ParsedInput {
  const tree = parseBounded((text) => processor.parse(text) as Root, source);
  const blocks: RawBlock[] = [];
  const html: { start: number; text: string }[] = [];
  let frontMatter: Record<string, unknown> | undefined;

  const pushBlock = (node: Parents, part: BlockPart) => {
    const collected = new BlockText(source);
    for (const child of node.children) appendInline(child as Nodes, collected, html);
    if (collected.text.trim() === '') return;
    const bare = findBareUrls(collected.text).filter((bareLink) => !collected.links.some((l) => l.start <= bareLink.start && bareLink.end <= l.end));
    blocks.push({
      index: blocks.length,
      part,
      text: collected.text,
      segments: collected.segments,
      links: [...collected.links, ...bare].sort((a, b) => a.start - b.start),
    });
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
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) walk(child, [...ancestors, node as Parents]);
    }
  };
  for (const child of tree.children) walk(child, [tree]);

  return { format: 'markdown', filename, source, writable: true, headers: { to: [], cc: [], bcc: [] }, frontMatter, html, blocks };
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
