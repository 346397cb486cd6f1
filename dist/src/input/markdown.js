import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { parseBounded } from './markdown-bounds.js';
import { cutPage, parseInPieces } from './markdown-pieces.js';
import { findBareUrls } from '../document/links.js';
import { InputError } from './errors.js';
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
/** Collects the prose of one block: text in reading order with a map back to the source. */
class BlockText {
    source;
    text = '';
    segments = [];
    links = [];
    constructor(source) {
        this.source = source;
    }
    /** Appends a text node's value, aligned character by character with its source (escapes, entities and quote markers fall between). */
    appendValue(value, sourceStart, sourceEnd) {
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
            }
            else {
                this.pushSegment(ch.length, sourceStart + found, ch.length);
                cursor = found + ch.length;
            }
            this.text += ch;
        }
    }
    /** A stand-in for masked content (inline code, an image) so words on either side do not run together. */
    appendGap(sourceStart) {
        if (this.text === '' || /\s$/.test(this.text))
            return;
        this.pushSegment(1, sourceStart, 0);
        this.text += ' ';
    }
    pushSegment(length, sourceStart, sourceLength) {
        const last = this.segments.at(-1);
        const textStart = this.text.length;
        if (last &&
            last.length === last.sourceLength &&
            length === sourceLength &&
            last.textStart + last.length === textStart &&
            last.sourceStart + last.sourceLength === sourceStart) {
            last.length += length;
            last.sourceLength += sourceLength;
            return;
        }
        this.segments.push({ textStart, sourceStart, length, sourceLength });
    }
}
function appendInline(node, into, html, definitions = new Map()) {
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
        case 'mdxTextExpression':
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
                else
                    appendInline(child, into, html, definitions);
            }
            into.links.push({ url: node.url, start: linkStart, end: into.text.length });
            return;
        }
        case 'linkReference': {
            // "over [zoom] at [10am]" with `[zoom]: https://zoom.us/my/…` defined at the foot of the page.
            const linkStart = into.text.length;
            for (const child of node.children)
                appendInline(child, into, html, definitions);
            const url = definitions.get(node.identifier.toLowerCase());
            if (url)
                into.links.push({ url, start: linkStart, end: into.text.length });
            return;
        }
        default:
            if ('children' in node)
                for (const child of node.children)
                    appendInline(child, into, html, definitions);
    }
}
function appendHtml(node, into, offset) {
    if (node.type === 'text') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined)
            into.appendValue(node.value, offset + start, offset + end);
        return;
    }
    if (node.type !== 'element' && node.type !== 'root')
        return;
    const element = node;
    if (element.type === 'element' && (element.tagName === 'script' || element.tagName === 'style'))
        return;
    const linkStart = into.text.length;
    for (const child of element.children)
        appendHtml(child, into, offset);
    if (element.type === 'element' && element.tagName === 'br')
        into.appendGap(offset + (element.position?.start.offset ?? 0));
    const href = element.type === 'element' && element.tagName === 'a' ? element.properties?.href : undefined;
    if (typeof href === 'string')
        into.links.push({ url: href, start: linkStart, end: into.text.length });
}
function partOf(ancestors) {
    for (let i = ancestors.length - 1; i >= 0; i--) {
        const type = ancestors[i].type;
        if (type === 'listItem')
            return 'list-item';
        if (type === 'blockquote')
            return 'quote';
    }
    return 'paragraph';
}
export function parseMarkdown(source, filename, fromHtml, parser = markdown) {
    const parseOne = (text) => parseBounded((piece) => parser.parse(piece), text);
    // A long page in pieces (not MDX, whose expressions and JSX the cuts do not know).
    const cut = parser === markdown ? cutPage(source) : undefined;
    const tree = cut ? parseInPieces(parseOne, source, cut) : parseOne(source);
    const blocks = [];
    const html = [];
    let frontMatter;
    const definitions = new Map();
    const define = (node) => {
        if (node.type === 'definition')
            definitions.set(node.identifier.toLowerCase(), node.url);
        else if ('children' in node)
            for (const child of node.children)
                define(child);
    };
    define(tree);
    const pushBlock = (node, part) => {
        const collected = new BlockText(source);
        for (const child of node.children)
            appendInline(child, collected, html, definitions);
        if (collected.text.trim() === '')
            return;
        const bare = findBareUrls(collected.text).filter((bareLink) => !collected.links.some((l) => l.start <= bareLink.start && bareLink.end <= l.end));
        blocks.push({
            index: blocks.length,
            part,
            text: collected.text,
            segments: collected.segments,
            links: [...collected.links, ...bare].sort((a, b) => a.start - b.start),
        });
    };
    // 「<td>日期:</td><td>2017年4月8日</td>」: each cell of an HTML table is a table cell, its text mapped to the source.
    const pushHtmlCells = (value, offset) => {
        const tree = fromHtml(value, { fragment: true });
        const visit = (node) => {
            if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
                const collected = new BlockText(source);
                appendHtml(node, collected, offset);
                if (collected.text.trim() === '')
                    return;
                const bare = findBareUrls(collected.text).filter((b) => !collected.links.some((l) => l.start <= b.start && b.end <= l.end));
                blocks.push({
                    index: blocks.length,
                    part: 'table-cell',
                    text: collected.text,
                    segments: collected.segments,
                    links: [...collected.links, ...bare].sort((a, b) => a.start - b.start),
                });
                return;
            }
            if ('children' in node)
                for (const child of node.children)
                    visit(child);
        };
        visit(tree);
    };
    const walk = (node, ancestors) => {
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
                if (fromHtml && /<t[dh][\s>]/i.test(node.value))
                    pushHtmlCells(node.value, node.position?.start.offset ?? 0);
                return;
            case 'code':
            case 'mdxjsEsm':
            case 'mdxFlowExpression':
            case 'definition':
            case 'thematicBreak':
                return;
            default:
                if ('children' in node)
                    for (const child of node.children)
                        walk(child, [...ancestors, node]);
        }
    };
    for (const child of tree.children)
        walk(child, [tree]);
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
function readFrontMatter(value, filename) {
    try {
        const data = parseYaml(value);
        return data && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch (error) {
        // Front matter is another tool's business; it matters here only when it carries draftlint's own settings.
        if (!/^\s*draftlint\s*:/m.test(value))
            return undefined;
        throw new InputError(`front matter is not valid YAML (${error.message.split('\n')[0]})`, filename);
    }
}
