import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
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
function appendInline(node, into, html) {
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
            for (const child of node.children)
                appendInline(child, into, html);
            into.links.push({ url: node.url, start: linkStart, end: into.text.length });
            return;
        }
        default:
            if ('children' in node)
                for (const child of node.children)
                    appendInline(child, into, html);
    }
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
export function parseMarkdown(source, filename, parser = markdown) {
    const tree = parser.parse(source);
    const blocks = [];
    const html = [];
    let frontMatter;
    const pushBlock = (node, part) => {
        const collected = new BlockText(source);
        for (const child of node.children)
            appendInline(child, collected, html);
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
    return { format: 'markdown', filename, source, writable: true, headers: { to: [], cc: [], bcc: [] }, frontMatter, html, blocks };
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
