import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { simplify } from '../script/han.js';

export interface Token {
  /** The token as written (Traditional stays Traditional). */
  text: string;
  start: number;
  end: number;
  /** jieba's part-of-speech tag (ICTCLAS set: n, v, t, m, nr …); English tokens have none. */
  tag?: string;
}

let jieba: Jieba | undefined;
const require = createRequire(import.meta.url);

/** jieba's dictionary takes about 0.2 s to load, so it is loaded on the first Chinese text that needs tokens. */
function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict.js');
    jieba = JiebaClass.withDict(dict);
  }
  return jieba;
}

// jieba is handed one sentence-sized piece at a time: whole documents in one call make the cost nonlinear.
const PIECE = /[^。！？!?；;\n]*[。！？!?；;\n]?/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MAX_CHUNK = 2_000;

/** Chinese: jieba on the Simplified view, reported against the original text. */
export function tokenizeChinese(text: string): Token[] {
  const view = simplify(text);
  const tokens: Token[] = [];
  for (const [from, to] of chunks(view)) {
    let offset = from;
    for (const { word, tag } of segmenter().tag(view.slice(from, to))) {
      const start = offset;
      offset += word.length;
      if (word.trim() === '') continue;
      tokens.push({ text: text.slice(start, offset), start, end: offset, tag });
    }
  }
  return tokens;
}

/**
 * Whole sentences, gathered into calls of up to MAX_CHUNK characters (each call into jieba has a cost); a sentence
 * with no end, such as a 100,000-character line, is cut, and a word split at a cut is the price.
 */
function chunks(view: string): [number, number][] {
  const out: [number, number][] = [];
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
  if (end > start) out.push([start, end]);
  return out;
}

export function tokenizeEnglish(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}
