import type { Block } from '../../document/types.js';
import { loadLexicon, normaliseForm, type LexiconEntry, type LexiconLanguage } from '../lexicon/lexicon.js';
import { matchLexicon, type LexiconMatch } from '../lexicon/matcher.js';
import { simplify } from '../script/han.js';
import type { Token } from '../tokens/tokens.js';
import { Boundaries, RangeIndex, type Range } from './clauses.js';

export type ToneKind = 'complaint' | 'blame' | 'praise' | 'bad-news';
export const TONE_KINDS: ToneKind[] = ['complaint', 'blame', 'praise', 'bad-news'];

/** A tone word in its clause, with what the clause does to it. */
export interface ToneMatch {
  kind: ToneKind;
  entry: string;
  /** How much the word weighs (its lexicon entry's confidence, 0–2): 裁员 2, 重组 1. */
  weight: number;
  block: number;
  start: number;
  end: number;
  text: string;
  sentence: Range;
  clause: Range;
  /** Under a negator in its clause (不会裁员, "no layoffs"), or in a sentence that denies a rumour (传闻不实). */
  negated: boolean;
  /** Someone else's words: after 客户说 / 據說 / "users told us", or inside quotation marks. */
  reported: boolean;
  question: boolean;
  /** A question that answers itself (谁说…？, "who said …?"). */
  rhetorical: boolean;
  /** Under a condition (如果, "if"): it has not happened. */
  hypothetical: boolean;
  /** Blame aimed at the writer or the writer's own team ("my abusive behaviour", "we dropped the ball", 我太粗心了). */
  atWriter: boolean;
}

export interface ToneWords {
  /** Extra forms per kind, from a rule's options. */
  extra?: Partial<Record<ToneKind, string[]>>;
  /** Forms not to count. */
  remove?: string[];
}

/**
 * Whether a word counts as the writer's own: a complaint in a genuine question ("why does nobody review?") still
 * counts, but blame and bad news asked about, reported, denied or supposed do not.
 */
export function isWritersOwn(match: ToneMatch): boolean {
  if (match.negated || match.rhetorical) return false;
  switch (match.kind) {
    case 'complaint':
      return !match.reported;
    case 'blame':
      return !match.reported && !match.question && !match.atWriter;
    case 'bad-news':
      return !match.reported && !match.question && !match.hypothetical;
    case 'praise':
      return !match.question;
  }
}

function lexicon(language: LexiconLanguage) {
  return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}

const EN_NEGATION_WORDS = 4;
const ZH_NEGATION_CHARS = 8;
const EN_SELF_WORDS = 2;
const ZH_SELF_CHARS = 3;
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"\n]*"/g;

/** Complaint, blame, praise and bad-news words in one block, each with its clause's negation, voice and mood. */
export function findTone(
  block: Block,
  tokens: Token[] | (() => Token[]) | undefined,
  words: ToneWords = {},
): ToneMatch[] {
  const language: LexiconLanguage = block.language === 'en' ? 'en' : 'zh';
  const words$ = lexicon(language);
  const removed = new Set((words.remove ?? []).map((w) => normaliseForm(w, language)));
  const view = language === 'zh' ? simplify(block.text) : block.text.toLowerCase();
  const cues = (group: string) => new RangeIndex(findCues(view, words$[group] ?? [], language));
  const masked = mask(view, findCues(view, words$['not-negating'] ?? [], language));
  const negators = new RangeIndex(findCues(masked, words$.negators, language));
  const reported = cues('reported');
  const firstPerson = cues('first-person');
  const hypothetical = cues('hypothetical');
  const rhetorical = cues('rhetorical');
  const rumours = cues('rumours');
  const denials = cues('denials');
  const quoted = [...block.text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sentences = new Boundaries(view, 'sentence');
  const clauses = new Boundaries(view, 'clause');

  const out: ToneMatch[] = [];
  for (const kind of TONE_KINDS) {
    const entries: LexiconEntry[] = words$[kind].map((entry) => ({
      ...entry,
      forms: entry.forms.filter((f) => !removed.has(normaliseForm(f, language))),
    }));
    const extra = words.extra?.[kind] ?? [];
    if (extra.length)
      entries.push({ ...words$[kind][0], id: 'user-words', forms: extra, confidence: 2, exceptions: [] });
    const matches = matchLexicon(entries, block.text, language, tokens);
    if (kind === 'bad-news') {
      matches.push(...closures(view, block.text, words$, language, matches, clauses));
      matches.push(...postponedAYear(view, block.text, words$, matches, language));
    }
    for (const match of matches) {
      const sentence = sentences.around(match.start, match.end);
      const clause = clauses.around(match.start, match.end);
      const isQuestion = /[?？]\s*$/.test(view.slice(sentence.start, sentence.end));
      const negatedHere = negators
        .within(clause, match.start)
        .some(
          (n) =>
            distance(view, n.end, match.start, language) <= (language === 'en' ? EN_NEGATION_WORDS : ZH_NEGATION_CHARS),
        );
      const denied = rumours.within(sentence).length > 0 && denials.within(sentence).length > 0;
      const saidBySomeoneElse = reported
        .within(sentence, match.start)
        .some((cue) => !spokenByWriter(view, cue, firstPerson, sentence));
      out.push({
        kind,
        entry: match.entry.id,
        weight: match.entry.confidence,
        block: block.index,
        start: match.start,
        end: match.end,
        text: match.text,
        sentence,
        clause,
        negated: negatedHere || denied,
        reported: saidBySomeoneElse || quoted.some((q) => q.start < match.start && match.end < q.end),
        question: isQuestion,
        rhetorical: isQuestion && rhetorical.within(sentence).length > 0,
        hypothetical: hypothetical.within(sentence, match.start).length > 0,
        atWriter: firstPerson
          .within(clause, match.start)
          .some(
            (p) => distance(view, p.end, match.start, language) <= (language === 'en' ? EN_SELF_WORDS : ZH_SELF_CHARS),
          ),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CLOSURE_GAP = { zh: 14, en: 4 };

/** 关闭里斯本办公室, "shutting our Lisbon office": a closing verb with a place a few words on, in one clause. */
function closures(
  view: string,
  text: string,
  words$: Record<string, LexiconEntry[]>,
  language: LexiconLanguage,
  found: LexiconMatch[],
  clauses: Boundaries,
): LexiconMatch[] {
  const entry = words$['bad-news'].find((e) => e.id === 'closures');
  if (!entry || !words$['closing-verbs']) return [];
  const places = findCues(view, words$['closed-places'], language);
  const out: LexiconMatch[] = [];
  const near = (a: Range, b: Range) =>
    b.start >= a.end &&
    distance(view, a.end, b.start, language) <= CLOSURE_GAP[language] &&
    clauses.around(a.start).end >= b.end;
  const add = (start: number, end: number) => {
    if (found.some((m) => m.start < end && start < m.end) || out.some((m) => m.start < end && start < m.end)) return;
    out.push({ entry, text: text.slice(start, end), start, end });
  };
  for (const verb of findCues(view, words$['closing-verbs'], language)) {
    const place = places.find((p) => near(verb, p));
    if (place) add(verb.start, place.end);
  }
  // "the Lisbon office will close", 华东销售部撤销: the place first.
  for (const verb of findCues(view, words$['closing-after'], language)) {
    const place = places.filter((p) => near(p, verb)).at(-1);
    if (place) add(place.start, verb.end);
  }
  return out;
}

// "postpone the conference to 2019", 大会延期到明年: this year's event will not happen. A date (to 2019-03-05,
// to March 2019, 延期到明年3月) is an ordinary postponement.
const POSTPONED_A_YEAR = {
  en: /\bpostpon(?:e|ed|ing)\b[^.!?\n;]{0,40}?\b(?:to|until|till)\s+(?:next year|(?:19|20)\d\d)\b(?![-/.]\d|\s*[-/]\s*\d)/gi,
  zh: /(?:延期|推迟|推遲|延后|延後|顺延|順延|延)(?:举办|舉辦|举行|舉行)?(?:到|至)(?:明年|下一年|(?:19|20)\d\d\s*年)(?!\s*(?:\d|[一二三四五六七八九十]+月|[上下]半年|初|底))/g,
};

function postponedAYear(
  view: string,
  text: string,
  words$: Record<string, LexiconEntry[]>,
  found: LexiconMatch[],
  language: LexiconLanguage,
): LexiconMatch[] {
  const entry = words$['bad-news'].find((e) => e.id === 'cancellations');
  if (!entry) return [];
  return [...view.matchAll(POSTPONED_A_YEAR[language])]
    .map((m) => ({ entry, start: m.index, end: m.index + m[0].length }))
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }))
    .filter((m) => !found.some((f) => f.entry === entry && f.start < m.end && m.start < f.end));
}

/** Where cue words stand in a block's view: Chinese as substrings, English on word boundaries. */
function findCues(view: string, entries: LexiconEntry[], language: LexiconLanguage): Range[] {
  const out: Range[] = [];
  for (const form of entries.flatMap((e) => e.forms)) {
    const needle = normaliseForm(form, language);
    for (let at = view.indexOf(needle); at !== -1; at = view.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const bounded =
        language === 'zh' ||
        needle.startsWith("n'") ||
        (!/[\p{L}\p{N}]/u.test(view[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(view[end] ?? ''));
      if (bounded) out.push({ start: at, end });
    }
  }
  return out;
}

function mask(view: string, ranges: Range[]): string {
  if (ranges.length === 0) return view;
  const chars = [...view.split('')];
  for (const r of ranges) for (let i = r.start; i < r.end; i++) chars[i] = ' ';
  return chars.join('');
}

/** Words (English) or characters (Chinese) between the end of a negator and the word it may negate. */
function distance(view: string, from: number, to: number, language: LexiconLanguage): number {
  const gap = view.slice(from, to);
  return language === 'en' ? gap.split(/\s+/).filter(Boolean).length : gap.replace(/\s/g, '').length;
}

/** 我发现… / "we noticed that …" is the writer's own voice; 有使用者反映… / "Karen spotted that …" is not. */
function spokenByWriter(view: string, cue: Range, firstPerson: RangeIndex, sentence: Range): boolean {
  return firstPerson
    .within(sentence, cue.start)
    .some(
      (p) => view.slice(p.end, cue.start).trim().split(/\s+/).filter(Boolean).length <= 2 && cue.start - p.end <= 12,
    );
}
