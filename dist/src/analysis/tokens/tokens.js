import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { simplify } from '../script/han.js';
import { UsageError } from '../../input/errors.js';
export const SEGMENTERS = ['node-rs', 'nodejieba'];
const require = createRequire(import.meta.url);
// A cache of loaded dictionaries, not a setting: which binding a check uses is the caller's choice, every time.
const loaded = new Map();
/** Checks that a jieba binding can be used: @node-rs/jieba (the default, prebuilt) or nodejieba (an optional peer). */
export function checkSegmenter(name) {
    if (!SEGMENTERS.includes(name))
        throw new UsageError(`unknown segmenter "${name}" (choose ${SEGMENTERS.join(' or ')})`);
    if (name === 'nodejieba') {
        try {
            require.resolve('nodejieba');
        }
        catch {
            throw new UsageError('the nodejieba segmenter is not installed: run npm install nodejieba (it builds C++), or use the default node-rs');
        }
    }
    return name;
}
/** jieba's dictionary takes about 0.2 s to load (nodejieba's 2.5 s): loaded on the first Chinese text needing tokens. */
function segmenter(name) {
    let backend = loaded.get(name);
    if (!backend) {
        if (name === 'nodejieba') {
            const nodejieba = require('nodejieba');
            nodejieba.load();
            backend = nodejieba;
        }
        else {
            const { Jieba: JiebaClass } = require('@node-rs/jieba');
            // The package's own `dict` module also reads a 6 MB IDF table that tagging never uses: read the dictionary alone.
            const dict = readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
            const jieba = JiebaClass.withDict(dict);
            backend = { tag: (text) => jieba.tag(text) };
        }
        loaded.set(name, backend);
    }
    return backend;
}
// jieba is handed one sentence-sized piece at a time: whole documents in one call make the cost nonlinear.
const PIECE = /[^。！？!?；;\n]*[。！？!?；;\n]?/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MAX_CHUNK = 2_000;
/** Chinese: jieba on the Simplified view, reported against the original text. */
export function tokenizeChinese(text, name = 'node-rs') {
    const view = simplify(text);
    const tokens = [];
    for (const [from, to] of chunks(view)) {
        let offset = from;
        for (const { word, tag } of segmenter(name).tag(view.slice(from, to))) {
            const start = offset;
            offset += word.length;
            if (word.trim() === '')
                continue;
            tokens.push({ text: text.slice(start, offset), start, end: offset, tag });
        }
    }
    return tokens;
}
/**
 * Whole sentences, gathered into calls of up to MAX_CHUNK characters (each call into jieba has a cost); a sentence
 * with no end, such as a 100,000-character line, is cut, and a word split at a cut is the price.
 */
function chunks(view) {
    const out = [];
    let start = 0;
    let end = 0;
    for (const piece of view.matchAll(PIECE)) {
        const pieceEnd = piece.index + piece[0].length;
        if (pieceEnd - start > MAX_CHUNK && end > start) {
            out.push([start, end]);
            start = end;
        }
        while (pieceEnd - start > MAX_CHUNK) {
            out.push([start, start + MAX_CHUNK]);
            start += MAX_CHUNK;
        }
        end = pieceEnd;
    }
    if (end > start)
        out.push([start, end]);
    return out;
}
export function tokenizeEnglish(text) {
    return [...text.matchAll(WORD)].map((match) => ({
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
    }));
}
