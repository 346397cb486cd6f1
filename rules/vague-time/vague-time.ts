// vague-time: flags time words a reader cannot put in a calendar (一會兒, 稍后, 改天, "soon", "ASAP"),
// except where the same word does other work: alternation, a pointer inside a document, a condition.
// Principle: confirm-exact-time (要向對方確認幾點幾分到).
import { loadLexicon, normaliseForm, validateEntry, type LexiconEntry } from '../../src/analysis/lexicon/lexicon.js';
import { matchLexicon } from '../../src/analysis/lexicon/matcher.js';
import { BLOCK_PARTS, LANGUAGES, type Language } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
import { periodsWithoutDay } from './periods.js';
import { sentenceRange } from '../../src/analysis/sentences.js';

const DEFAULT_HINT = { en: 'give the exact time', 'zh-Hant': '寫出確切的時間', 'zh-Hans': '写出确切的时间' };
const BLANK: Record<Language, string> = {
  en: 'by __:__ on __ __',
  'zh-Hant': '__月__日__:__',
  'zh-Hans': '__月__日__:__',
};

export const vagueTime = defineRule({
  meta: {
    id: 'vague-time',
    category: 'time',
    severity: 'warning',
    appliesTo: { kinds: 'any', genres: ['message', 'page'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['tokens', 'times'],
    fixable: false,
    hasSuggestions: true,
    docs: {
      description: {
        en: 'Disallow vague time words such as "soon", "later" and "ASAP"; ask for the exact time.',
        'zh-Hant': '不用「一會兒」「稍後」「改天」這類含糊的時間詞，寫出幾點幾分。',
        'zh-Hans': '不用“一会儿”“稍后”“改天”这类含糊的时间词，写出几点几分。',
      },
      url: 'docs/rules/vague-time.md',
      principle: 'confirm-exact-time',
    },
    options: {
      minConfidence: {
        type: 'number',
        default: 1,
        minimum: 0,
        maximum: 2,
        description: 'Skip lexicon entries less sure than this (0–2).',
      },
      disabled: { type: 'string-array', default: [], description: 'Lexicon entry ids to turn off, e.g. "asap".' },
      allow: {
        type: 'string-array',
        default: [],
        description: 'Phrases in which a vague word is fine, e.g. "coming soon".',
      },
      extra: { type: 'string-array', default: [], description: 'More vague words, in any of the three languages.' },
    },
    pageTriggers: (view) =>
      (['zh', 'en'] as const).some((language) =>
        lexicon(language).some(
          (entry) => entry.pages && entry.forms.some((form) => view.includes(normaliseForm(form, language))),
        ),
      ),
    messages,
  },

  check(context) {
    const { minConfidence, disabled, allow, extra } = context.options;
    const reported: { block: number; start: number; end: number }[] = [];
    const extraEntry = extra.length
      ? [
          validateEntry(
            { id: 'user-words', forms: extra, confidence: 2, pages: true, hint: DEFAULT_HINT },
            'options.extra',
          ),
        ]
      : [];
    for (const block of context.blocks) {
      const language = block.language === 'en' ? 'en' : 'zh';
      const entries = [...lexicon(language), ...extraEntry].filter(
        (entry) =>
          entry.confidence >= minConfidence &&
          !disabled.includes(entry.id) &&
          (!entry.region || entry.region === block.language) &&
          // In documentation, 稍后 and "later" mostly describe software ("the value is set later"); only words that never do are checked.
          (context.document.genre === 'message' || context.document.kind === 'meeting-notice' || entry.pages),
      );
      const tokens = language === 'zh' ? () => context.tokens(block) : undefined;
      const allowed = allowedRanges(block.text, allow);
      for (const match of matchLexicon(entries, block.text, language, tokens)) {
        if (allowed.some(([start, end]) => start <= match.start && match.end <= end)) continue;
        reported.push({ block: block.index, start: match.start, end: match.end });
        context.report({
          messageId: 'vague-time',
          data: { term: match.text, hint: { type: 'localized', value: match.entry.hint ?? {} } },
          block: block.index,
          start: match.start,
          end: match.end,
          suggestions: [
            {
              messageId: 'replace-with-time',
              data: { term: match.text },
              edits: [{ block: block.index, start: match.start, end: match.end, text: BLANK[block.language] }],
            },
          ],
        });
      }
    }
    if (context.document.genre !== 'message' && context.document.kind !== 'meeting-notice') return;
    for (const time of periodsWithoutDay(context.times(), context.document.blocks, context.document.reference)) {
      // "sometime next week", "later this week": a vague word of the same sentence already asks for the time.
      const sentence = sentenceRange(context.document.blocks[time.block].text, time.start, time.end);
      if (
        reported.some((range) => range.block === time.block && range.start < sentence.end && sentence.start < range.end)
      )
        continue;
      const unit = { type: 'localized' as const, value: UNIT[time.period?.unit ?? 'week'] };
      context.report({
        messageId: 'period',
        data: { term: time.text, unit },
        block: time.block,
        start: time.start,
        end: time.end,
      });
    }
  },
});

const UNIT = {
  week: { en: 'week', 'zh-Hant': '週', 'zh-Hans': '周' },
  weekend: { en: 'weekend', 'zh-Hant': '個週末', 'zh-Hans': '个周末' },
  month: { en: 'month', 'zh-Hant': '個月', 'zh-Hans': '个月' },
};

function lexicon(language: 'zh' | 'en'): LexiconEntry[] {
  return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url)).entries;
}

function allowedRanges(text: string, phrases: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    for (let at = lower.indexOf(needle); needle && at !== -1; at = lower.indexOf(needle, at + 1))
      ranges.push([at, at + needle.length]);
  }
  return ranges;
}
