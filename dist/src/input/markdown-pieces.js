/** Below this, a page is parsed whole. */
export const PIECE_SIZE = 32 * 1024;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
// A line that after a blank line starts a new top-level block: an ATX heading, or a paragraph that opens with a
// letter or with bold text (never a list marker, a quote, a table row, code or HTML).
const TOP_LEVEL_START = /^(?:#{1,6}(?:[ \t]|$)|\p{L}|\*\*[^\s*]|__[^\s_])/u;
const BLANK = /^[ \t]*$/;
// Anything that may be a definition, in a quote or a list item too: its label, and what follows the colon.
const DEFINITION_START = /^([ \t>*+\-\d.)]*)\[((?:[^\]\\]|\\.)+)\]:(.*)$/;
// What follows a definition's colon on one line: a destination and maybe a title, nothing else.
const DESTINATION = /^[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/;
// A title opened and not closed on the line: it may go on on the next.
const OPEN_TITLE = /^[ \t]*(?:<[^>\n]*>|\S+)[ \t]+["'(]/;
const FOOTNOTE = /^ {0,3}\[\^/m;
const HTML_RAW = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Where a long page can be cut, or undefined when it is parsed whole. */
export function cutPage(source) {
    if (source.length < 2 * PIECE_SIZE || FOOTNOTE.test(source))
        return undefined;
    const lines = source.split('\n');
    const starts = [0];
    const definitions = [];
    const labels = new Set();
    let offset = 0;
    let fence;
    let rawEnd;
    let previousBlank = true;
    let previousEnds = true;
    let lastStart = 0;
    let index = 0;
    // Front matter: from a first line of --- to the next line of --- (or ...).
    if (lines[0] === '---') {
        const end = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
        if (end === -1)
            return undefined;
        for (; index <= end; index++)
            offset += lines[index].length + 1;
    }
    for (; index < lines.length; index++) {
        const line = lines[index];
        const lineStart = offset;
        offset += line.length + 1;
        if (fence) {
            const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
            if (close.test(line))
                fence = undefined;
            previousBlank = false;
            previousEnds = false;
            continue;
        }
        if (rawEnd) {
            if (rawEnd.test(line))
                rawEnd = undefined;
            previousBlank = false;
            previousEnds = false;
            continue;
        }
        const opening = FENCE_OPEN.exec(line);
        if (opening) {
            fence = { char: opening[1][0], length: opening[1].length };
            previousBlank = false;
            previousEnds = false;
            continue;
        }
        const raw = HTML_RAW.find(([start]) => start.test(line));
        if (raw) {
            // The end may be on the same line.
            if (!raw[1].test(line.replace(raw[0], '')))
                rawEnd = raw[1];
            previousBlank = false;
            previousEnds = false;
            continue;
        }
        const definition = DEFINITION_START.exec(line);
        if (definition) {
            const [, prefix, label, rest] = definition;
            const oneLine = DESTINATION.test(rest);
            if (/^ {0,3}$/.test(prefix) && oneLine && previousEnds) {
                const key = label.toLowerCase().replace(/\s+/g, ' ').trim();
                if (labels.has(key))
                    return undefined;
                labels.add(key);
                definitions.push(line);
            }
            else if (oneLine || /^[ \t]*$/.test(rest) || OPEN_TITLE.test(rest)) {
                // A definition in a list item or a quote, over several lines, or one that may be a paragraph's line.
                return undefined;
            }
        }
        if (previousBlank &&
            TOP_LEVEL_START.test(line) &&
            lineStart - lastStart >= PIECE_SIZE &&
            source.length - lineStart >= PIECE_SIZE / 2) {
            starts.push(lineStart);
            lastStart = lineStart;
        }
        previousBlank = BLANK.test(line);
        // A definition can follow a blank line, a heading or another definition, never a line of a paragraph.
        previousEnds = previousBlank || HEADING.test(line) || (definition !== null && DESTINATION.test(definition[3]));
    }
    if (fence || rawEnd || starts.length < 2)
        return undefined;
    return { starts, definitions: definitions.join('\n') };
}
/** Parses a page in pieces (as cutPage finds them), giving the tree a whole parse would give. */
export function parseInPieces(parse, source, cut) {
    const root = {
        type: 'root',
        children: [],
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    };
    let lineBefore = 0;
    for (const [i, start] of cut.starts.entries()) {
        const end = cut.starts[i + 1] ?? source.length;
        const own = source.slice(start, end);
        const text = cut.definitions ? `${own}${own.endsWith('\n') ? '' : '\n'}\n${cut.definitions}\n` : own;
        const tree = parse(text);
        for (const child of tree.children) {
            const childStart = child.position?.start.offset ?? 0;
            if (childStart >= own.length)
                continue;
            shift(child, start, lineBefore);
            root.children.push(child);
        }
        for (let j = start; j < end; j++)
            if (source.charCodeAt(j) === 10)
                lineBefore++;
    }
    const last = root.children.at(-1)?.position?.end;
    if (last && root.position)
        root.position.end = { ...last };
    return root;
}
function shift(node, offset, lines) {
    const stack = [node];
    while (stack.length) {
        const current = stack.pop();
        const position = current.position;
        if (position) {
            if (position.start.offset !== undefined)
                position.start.offset += offset;
            if (position.end.offset !== undefined)
                position.end.offset += offset;
            position.start.line += lines;
            position.end.line += lines;
        }
        if ('children' in current)
            for (const child of current.children)
                stack.push(child);
    }
}
