// The text of an HTML body (an HTML-only email), as a reader sees it. parse5 builds the tree without recursion, but
// turning it into text walks it recursively: a tree nested deeper than any real message (2,000 <div>s) is first
// flattened, below a depth, into its text and the empty elements that mark where its blocks begin and end.
import { parse } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';
const MAX_DEPTH = 64;
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
export function htmlToText(html) {
    const document = parse(html);
    flattenBelow(document, MAX_DEPTH);
    return toText(fromParse5(document), { whitespace: 'normal' });
}
function childrenOf(node) {
    return 'childNodes' in node ? node.childNodes : undefined;
}
function flattenBelow(root, maxDepth) {
    const stack = [[root, 0]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        const children = childrenOf(node);
        if (!children)
            continue;
        if (depth < maxDepth) {
            for (const child of children)
                stack.push([child, depth + 1]);
            continue;
        }
        node.childNodes = flatContent(children, node);
    }
}
/** The text nodes under these nodes in document order, each element replaced by an empty one where it opens and closes. */
function flatContent(nodes, parent) {
    const out = [];
    const marker = (element) => ({ ...element, childNodes: [], parentNode: parent });
    const pending = nodes.map((node) => ({ node, closing: false })).reverse();
    while (pending.length) {
        const { node, closing } = pending.pop();
        const children = childrenOf(node);
        if (!children) {
            if (node.nodeName === '#text')
                out.push({ ...node, parentNode: parent });
            continue;
        }
        if ('tagName' in node && HIDDEN.has(node.tagName))
            continue;
        out.push(marker(node));
        if (closing || children.length === 0)
            continue;
        pending.push({ node, closing: true });
        for (let i = children.length - 1; i >= 0; i--)
            pending.push({ node: children[i], closing: false });
    }
    return out;
}
