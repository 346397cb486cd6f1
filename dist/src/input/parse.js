import { extname } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { parseText } from './text.js';
import { InputError } from './errors.js';
import { checkDeadline, watched } from '../budget/watchdog.js';
export const EXTENSIONS = {
    '.md': 'markdown',
    '.markdown': 'markdown',
    '.mdx': 'markdown',
    '.txt': 'text',
    '.text': 'text',
    '.eml': 'eml',
};
export function formatOf(filename) {
    return (filename && EXTENSIONS[extname(filename).toLowerCase()]) || 'text';
}
/** Bytes from a file or stdin: NUL bytes mean a binary file; text must be UTF-8 (an .eml declares its own charsets). */
export function decodeText(bytes, filename) {
    if (bytes.includes(0))
        throw new InputError('binary file, not a text draft', filename);
    if (!isUtf8(bytes))
        throw new InputError('not UTF-8 text (save it as UTF-8, or send it as an .eml with its charset)', filename);
    return new TextDecoder('utf-8').decode(bytes);
}
const HTML_TABLE = /<t[dh][\s>]/i;
export async function parseInput(input, filename, format = formatOf(filename), headers, recipients) {
    let parsed;
    if (format === 'eml') {
        const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
        if (bytes.includes(0))
            throw new InputError('binary file, not an email message', filename);
        // Each parser and its libraries load on the first draft of its format: a text draft needs neither.
        const { parseEml } = await import('./eml.js');
        parsed = await parseEml(bytes, filename);
        checkDeadline();
    }
    else {
        const text = typeof input === 'string' ? input : decodeText(input, filename);
        if (format === 'markdown') {
            // HTML tables are read as text through hast; the HTML parser loads only for a page that has one.
            const fromHtml = HTML_TABLE.test(text) ? (await import('hast-util-from-html')).fromHtml : undefined;
            if (filename && extname(filename).toLowerCase() === '.mdx') {
                const { parseMdx } = await import('./mdx.js');
                parsed = watched(() => parseMdx(text, filename));
            }
            else {
                const { parseMarkdown } = await import('./markdown.js');
                parsed = watched(() => parseMarkdown(text, filename, fromHtml));
            }
        }
        else
            parsed = watched(() => parseText(text, filename));
    }
    if (parsed.frontMatter)
        applyFrontMatter(parsed, parsed.frontMatter);
    if (headers)
        parsed.headers = {
            ...parsed.headers,
            ...headers,
            to: headers.to ?? parsed.headers.to,
            cc: headers.cc ?? parsed.headers.cc,
            bcc: headers.bcc ?? parsed.headers.bcc,
        };
    if (recipients?.length)
        parsed.headers.to = [...parsed.headers.to, ...parseAddresses(recipients)];
    return parsed;
}
/** "Ana Lee <ana@example.com>", "team@example.com" or a bare name. */
export function parseAddresses(list) {
    return list
        .flatMap((item) => item.split(/[,;](?![^<]*>)/))
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
        const match = /^(.*?)\s*<([^>]+)>$/.exec(item);
        if (match)
            return { name: match[1].replace(/^"|"$/g, ''), address: match[2] };
        return item.includes('@') ? { name: '', address: item } : { name: item, address: '' };
    });
}
function asList(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Markdown drafts of messages carry their audience and attachments in front matter: to, cc, bcc, subject, attachments. */
function applyFrontMatter(parsed, frontMatter) {
    for (const key of ['to', 'cc', 'bcc'])
        parsed.headers[key].push(...parseAddresses(asList(frontMatter[key])));
    if ('attachments' in frontMatter)
        parsed.attachments = asList(frontMatter.attachments).map((filename) => ({ filename }));
}
