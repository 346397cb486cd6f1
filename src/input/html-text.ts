// The text of an HTML body (an HTML-only email), as a reader sees it. parse5 builds the tree without recursion, but
// turning it into text walks it recursively: a tree nested deeper than any real message (2,000 <div>s) is first
// flattened, below a depth, into its text and the empty elements that mark where its blocks begin and end.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const MAX_DEPTH = 64;
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

export function htmlToText(html: string): string {
  const document = parse(html);
  flattenBelow(document, MAX_DEPTH);
  return toText(fromParse5(document), { whitespace: 'normal' });
}

function childrenOf(node: Node): Node[] | undefined {
  return 'childNodes' in node ? (node.childNodes as Node[]) : undefined;
}

function flattenBelow(root: ParentNode, maxDepth: number): void {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [Node, number];
    const children = childrenOf(node);
    if (!children) continue;
    if (depth < maxDepth) {
      for (const child of children) stack.push([child, depth + 1]);
      continue;
    }
    (node as ParentNode).childNodes = flatContent(children, node as ParentNode) as ParentNode['childNodes'];
  }
}

/** The text nodes under these nodes in document order, each element replaced by an empty one where it opens and closes. */
function flatContent(nodes: Node[], parent: ParentNode): Node[] {
  const out: Node[] = [];
  const marker = (element: Node): Node => ({ ...(element as ParentNode), childNodes: [], parentNode: parent }) as Node;
  const pending: { node: Node; closing: boolean }[] = nodes.map((node) => ({ node, closing: false })).reverse();
  while (pending.length) {
    const { node, closing } = pending.pop() as { node: Node; closing: boolean };
    const children = childrenOf(node);
    if (!children) {
      if (node.nodeName === '#text') out.push({ ...node, parentNode: parent } as Node);
      continue;
    }
    if ('tagName' in node && HIDDEN.has(node.tagName)) continue;
    out.push(marker(node));
    if (closing || children.length === 0) continue;
    pending.push({ node, closing: true });
    for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i], closing: false });
  }
  return out;
}
