import { simplify } from '../script/han.js';
import type { Token } from '../tokens/tokens.js';
import { normaliseForm, type LexiconEntry, type LexiconException, type LexiconLanguage } from './lexicon.js';

export interface LexiconMatch {
  entry: LexiconEntry;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

interface Sentence {
  start: number;
  end: number;
}

const ZH_SENTENCE_END = /[。！？!?；;\n]/g;
const EN_SENTENCE_END = /[.!?;](?=\s|$)|\n/g;

function sentences(text: string, language: LexiconLanguage): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(language === 'zh' ? ZH_SENTENCE_END : EN_SENTENCE_END)) {
    out.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * Lexicon entries against one block: Chinese on the Simplified view and on jieba's token boundaries
 * (待会 in 等待会议 is no match), English on word boundaries and case-insensitively.
 * Longer matches win over shorter overlapping ones; matches inside an entry's exception contexts are dropped.
 */
// One block is matched against many lexicons (meeting words, places, cues, tone): its view and token
// boundaries are computed once and kept while the token list lives.
const boundaryCache = new WeakMap<Token[], { view: string; starts: Set<number>; ends: Set<number> }>();

function boundaries(text: string, tokens: Token[]) {
  let cached = boundaryCache.get(tokens);
  if (!cached) {
    cached = {
      view: simplify(text),
      starts: new Set(tokens.map((t) => t.start)),
      ends: new Set(tokens.map((t) => t.end)),
    };
    boundaryCache.set(tokens, cached);
  }
  return cached;
}

/**
 * `tokens` may be a function: jieba is then asked only when some form occurs in the text at all, so a block
 * with no candidate never loads the dictionary or pays for segmentation.
 */
export function matchLexicon(
  entries: LexiconEntry[],
  text: string,
  language: LexiconLanguage,
  tokens?: Token[] | (() => Token[]),
): LexiconMatch[] {
  const view = language === 'zh' ? simplify(text) : text.toLowerCase();
  const found: LexiconMatch[] = [];
  for (const entry of entries) {
    for (const form of entry.forms) {
      const needle = normaliseForm(form, language);
      for (let at = view.indexOf(needle); at !== -1; at = view.indexOf(needle, at + 1))
        found.push({ entry, text: text.slice(at, at + needle.length), start: at, end: at + needle.length });
    }
  }
  if (found.length === 0) return [];
  const tokenList = typeof tokens === 'function' ? tokens() : tokens;
  const cached = language === 'zh' && tokenList ? boundaries(text, tokenList) : undefined;
  const onBoundary = (start: number, end: number) => {
    // Two characters (待会) are often half of other words (等待会议); three or more (一会儿) are specific enough to
    // end inside one of jieba's tokens, whose dictionary holds compounds such as 一会儿开.
    if (language === 'zh') return !cached || (cached.starts.has(start) && (end - start >= 3 || cached.ends.has(end)));
    return !/[\p{L}\p{N}]/u.test(view[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(view[end] ?? '');
  };
  const candidates = found.filter((match) => onBoundary(match.start, match.end));
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: LexiconMatch[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }

  // Each question about a match's sentence is answered once per sentence, so a draft of thousands of matches in one
  // long sentence (稍後稍後…) costs no more than thousands of sentences.
  const sentenceList = sentences(view, language);
  const sentenceOf = (offset: number): Sentence => {
    let low = 0;
    let high = sentenceList.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentenceList[middle];
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return sentence;
    }
    return { start: 0, end: view.length };
  };
  const entryIndex = new Map(entries.map((entry, index) => [entry, index]));
  const perSentence = new Map<string, number>();
  for (const match of kept) {
    const key = `${sentenceOf(match.start).start}|${entryIndex.get(match.entry)}`;
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
  }
  const context: SentenceFacts = {
    view,
    language,
    repeated: (match, sentence) => (perSentence.get(`${sentence.start}|${entryIndex.get(match.entry)}`) ?? 0) > 1,
    has: memo(),
  };
  return kept.filter(
    (match) => !match.entry.exceptions.some((exception) => applies(exception, match, sentenceOf(match.start), context)),
  );
}

interface SentenceFacts {
  view: string;
  language: LexiconLanguage;
  /** Whether the match's entry occurs more than once in the sentence. */
  repeated(match: LexiconMatch, sentence: Sentence): boolean;
  /** Whether the sentence holds the pattern, remembered per sentence and pattern. */
  has: (sentence: Sentence, pattern: string, view: string) => boolean;
}

function memo(): SentenceFacts['has'] {
  const known = new Map<string, boolean>();
  return (sentence, pattern, view) => {
    const key = `${sentence.start}|${sentence.end}|${pattern}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = view.slice(sentence.start, sentence.end).includes(pattern);
      known.set(key, answer);
    }
    return answer;
  };
}

// An exception's patterns in the form they are compared in, worked out once rather than at every match.
const patternCache = new WeakMap<LexiconException, string[]>();

function normalisedPatterns(exception: LexiconException, language: LexiconLanguage): string[] {
  let patterns = patternCache.get(exception);
  if (!patterns) {
    patterns = exception.patterns.map((p) => normaliseForm(p, language));
    patternCache.set(exception, patterns);
  }
  return patterns;
}

function applies(exception: LexiconException, match: LexiconMatch, sentence: Sentence, facts: SentenceFacts): boolean {
  const { view, language } = facts;
  const patterns = normalisedPatterns(exception, language);
  switch (exception.kind) {
    // 他一會兒說好一會兒說不好: the word twice in one sentence means "now … now …", not a time.
    case 'alternation':
      return facts.repeated(match, sentence);
    case 'followed-by': {
      const after = view.slice(match.end, match.end + 40).replace(/^\s+/, '');
      return patterns.some(
        (p) =>
          after.startsWith(p.trimStart()) &&
          (language === 'zh' || !/[\p{L}\p{N}]/u.test(after[p.trimStart().length] ?? '')),
      );
    }
    case 'preceded-by': {
      const before = view.slice(Math.max(0, match.start - 40), match.start).replace(/\s+$/, '');
      return patterns.some(
        (p) =>
          before.endsWith(p.trimEnd()) &&
          (language === 'zh' || !/[\p{L}\p{N}]/u.test(before[before.length - p.trimEnd().length - 1] ?? '')),
      );
    }
    case 'sentence-has':
      return patterns.some((p) => facts.has(sentence, p, view));
  }
}
