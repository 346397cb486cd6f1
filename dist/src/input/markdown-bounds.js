const DELIMITERS = '*_~[]()`!<>&\\';
const STAND_IN_BASE = 0xe000;
const STAND_INS = new RegExp(`[\\u{${STAND_IN_BASE.toString(16)}}-\\u{${(STAND_IN_BASE + DELIMITERS.length - 1).toString(16)}}]`, 'u');
const MAX_DELIMITERS_PER_PARAGRAPH = 2_000;
const FENCE = /^[ \t]*(?:```|~~~)/m;
export function parseBounded(parse, source) {
    // A draft that already holds a stand-in character is parsed as it is (the time budget still bounds it).
    if (STAND_INS.test(source))
        return parse(source);
    const bounded = neutralized(source);
    if (bounded === source)
        return parse(source);
    const tree = parse(bounded);
    restore(tree);
    return tree;
}
/** The source with the delimiters of each over-full paragraph swapped for stand-ins; the first mark of a line kept. */
function neutralized(source) {
    let out = '';
    let changed = false;
    for (const paragraph of source.split(/(\n[ \t]*\n)/)) {
        let count = 0;
        for (const char of paragraph)
            if (DELIMITERS.includes(char))
                count++;
        // Code fences keep their marks (inside one nothing is resolved anyway).
        if (count <= MAX_DELIMITERS_PER_PARAGRAPH || FENCE.test(paragraph)) {
            out += paragraph;
            continue;
        }
        changed = true;
        out += paragraph.replace(/(^[ \t]*[^ \t\n]?)|([*_~[\]()`!<>&\\])/gm, (match, lineStart, delimiter) => lineStart !== undefined ? match : String.fromCharCode(STAND_IN_BASE + DELIMITERS.indexOf(delimiter)));
    }
    return changed ? out : source;
}
function restore(tree) {
    const back = (value) => value.replace(new RegExp(STAND_INS.source, 'gu'), (c) => DELIMITERS[c.charCodeAt(0) - STAND_IN_BASE]);
    const stack = [tree];
    while (stack.length) {
        const node = stack.pop();
        if ('value' in node && typeof node.value === 'string')
            node.value = back(node.value);
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
}
