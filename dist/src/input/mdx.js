// .mdx files: Markdown with JSX and expressions (remark-mdx). Imports, exports and {expressions} are code and
// skipped; the prose inside JSX elements (<Note>…</Note>) is read like any paragraph. Loaded only for .mdx files.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { InputError } from './errors.js';
import { parseMarkdown } from './markdown.js';
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
export function parseMdx(source, filename) {
    try {
        return parseMarkdown(source, filename, undefined, mdx);
    }
    catch (error) {
        const message = error;
        if (message.reason === undefined)
            throw error;
        const place = message.line ? ` at ${message.line}:${message.column ?? 1}` : '';
        throw new InputError(`not valid MDX${place}: ${message.reason}`, filename);
    }
}
