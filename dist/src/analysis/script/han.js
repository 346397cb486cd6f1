// Character tables from OpenCC (through opencc-js): Traditional (and Taiwan variant) forms to Simplified,
// keeping only one-to-one mappings that keep the UTF-16 length, so offsets in the Simplified view stay valid.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
function readTable(data) {
    const table = new Map();
    for (const entry of data.split('|')) {
        const [from, ...to] = entry.split(' ');
        if (from && to.length)
            table.set(from, to);
    }
    return table;
}
let toSimplified;
let simplifiedOnly;
function tables() {
    if (!toSimplified || !simplifiedOnly) {
        const ts = readTable(TSCharacters);
        const twRev = readTable(TWVariantsRev);
        toSimplified = new Map();
        for (const [from, to] of ts)
            if (to[0].length === from.length && to[0] !== from)
                toSimplified.set(from, to[0]);
        for (const [variant, standard] of twRev) {
            const simplified = ts.get(standard[0])?.[0] ?? standard[0];
            if (simplified.length === variant.length && simplified !== variant && !toSimplified.has(variant))
                toSimplified.set(variant, simplified);
        }
        simplifiedOnly = new Set();
        for (const [from, to] of readTable(STCharacters))
            if (!to.includes(from) && !toSimplified.has(from))
                simplifiedOnly.add(from);
    }
    return { toSimplified, simplifiedOnly };
}
let traditional;
// Every analysis of a block asks for its Simplified view: the last few are kept.
const views = new Map();
const VIEW_CACHE = 64;
/** The Simplified view of a text, character for character (same length, same offsets). */
export function simplify(text) {
    let view = views.get(text);
    if (view !== undefined)
        return view;
    const map = tables().toSimplified;
    traditional ??= new RegExp(`[${[...map.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');
    view = text.replace(traditional, (ch) => map.get(ch) ?? ch);
    if (views.size >= VIEW_CACHE)
        views.delete(views.keys().next().value);
    views.set(text, view);
    return view;
}
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
export function countScripts(text) {
    const { toSimplified: map, simplifiedOnly: simp } = tables();
    const counts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
    for (const ch of text) {
        if (LATIN.test(ch))
            counts.latin++;
        else if (HAN.test(ch)) {
            counts.han++;
            if (map.has(ch))
                counts.traditional++;
            else if (simp.has(ch))
                counts.simplified++;
        }
    }
    return counts;
}
