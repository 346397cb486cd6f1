// Lexicons test themselves: every entry's examples must be flagged (or allowed) by the rule that owns it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon, LexiconError } from '../../src/analysis/lexicon/lexicon.js';
import { lint } from '../../src/index.js';
import { findTone, isWritersOwn, TONE_KINDS } from '../../src/analysis/tone/tone.js';
import { tokenizeChinese } from '../../src/analysis/tokens/tokens.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const now = '2026-11-27T10:00:00+08:00';

// How an example sentence is sent to its rule: missing-attachment reads only drafts that can carry files.
const draft = (ruleId: string, sentence: string) =>
  ruleId === 'missing-attachment'
    ? { text: `---\nattachments: []\n---\n\n${sentence}\n`, filename: 'draft.md' }
    : { text: sentence, filename: 'draft.txt' };

for (const ruleId of readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)) {
  for (const file of readdirSync(new URL(`${ruleId}/`, rulesDir)).filter((f) => /^lexicon\.(zh|en)\.yaml$/.test(f))) {
    const lexicon = loadLexicon(new URL(`${ruleId}/${file}`, rulesDir));
    const hasExamples = Object.values(lexicon)
      .flat()
      .some((entry) => entry.examples.flag.length + entry.examples.allow.length > 0);
    if (!hasExamples) continue;
    describe(`${ruleId}/${file}`, () => {
      for (const entry of Object.values(lexicon).flat()) {
        for (const sentence of entry.examples.flag) {
          it(`${entry.id} flags ${sentence}`, async () => {
            const result = await lint(draft(ruleId, sentence), { now, rules: { [ruleId]: 'warn' } });
            expect(result.diagnostics.filter((d) => d.ruleId === ruleId).length).toBeGreaterThan(0);
          });
        }
        for (const sentence of entry.examples.allow) {
          it(`${entry.id} allows ${sentence}`, async () => {
            const result = await lint(draft(ruleId, sentence), { now, rules: { [ruleId]: 'warn' } });
            expect(result.diagnostics.filter((d) => d.ruleId === ruleId)).toEqual([]);
          });
        }
      }
    });
  }
}

describe('lexicon schema', () => {
  it('names the file and line of a bad entry', () => {
    const bad = 'entries:\n  - id: ok-entry\n    forms: [soon]\n  - id: Bad Id\n    forms: [later]\n';
    expect(() => parseLexicon(bad, 'words.yaml')).toThrow(
      new LexiconError('words.yaml:4: entry id must be kebab-case ASCII, got "Bad Id"'),
    );
  });
  it('rejects an unknown exception kind and a wrong confidence', () => {
    expect(() => parseLexicon('entries:\n  - id: a\n    forms: [x]\n    confidence: 5\n', 'w.yaml')).toThrow(
      /confidence must be 0, 1 or 2/,
    );
    expect(() =>
      parseLexicon(
        'entries:\n  - id: a\n    forms: [x]\n    exceptions: [{ kind: unless, patterns: [y] }]\n',
        'w.yaml',
      ),
    ).toThrow(/exception kind must be one of/);
  });
  it('rejects duplicate ids', () => {
    expect(() => parseLexicon('entries:\n  - id: a\n    forms: [x]\n  - id: a\n    forms: [y]\n', 'w.yaml')).toThrow(
      /duplicate entry id "a"/,
    );
  });
});

// meeting-5w2h's lexicons hold cues that an element is present: each form must answer its element in a notice that lacks it.
const BASE = {
  zh: '2026年12月16日（星期三）上午9:00在301会议室。',
  en: 'We meet on Wednesday, December 16, 2026 at 9:00 in Room 301.',
};
for (const language of ['zh', 'en'] as const) {
  const lexicon = loadLexicon(new URL(`../../src/analysis/notice/lexicon.${language}.yaml`, import.meta.url));
  describe(`analysis/notice/lexicon.${language}.yaml`, () => {
    for (const [element, entries] of Object.entries(lexicon)) {
      it(`the base notice misses ${element}`, async () => {
        const result = await lint(BASE[language], { now, kind: 'meeting-notice' });
        expect(result.diagnostics.map((d) => d.messageId)).toContain(`missing-${element}`);
      });
      for (const form of entries.flatMap((entry) => entry.forms)) {
        it(`"${form}" answers ${element}`, async () => {
          const result = await lint(`${BASE[language]}\n${form}\n`, { now, kind: 'meeting-notice' });
          expect(result.diagnostics.map((d) => d.messageId)).not.toContain(`missing-${element}`);
        });
      }
    }
  });
}

describe('every lexicon file', () => {
  const walk = (dir: URL): URL[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : d.name.endsWith('.yaml') ? [new URL(d.name, dir)] : [],
    );
  for (const file of [...walk(new URL('../../src/', import.meta.url)), ...walk(rulesDir)]) {
    it(`${file.pathname.split('/').slice(-3).join('/')} passes the schema`, () => {
      expect(() => loadLexicon(file)).not.toThrow();
    });
  }
});

// The tone lexicons belong to an analysis: their examples are checked against it directly.
describe('tone lexicons', () => {
  for (const language of ['zh', 'en'] as const) {
    const lexicon = loadLexicon(new URL(`../../src/analysis/tone/lexicon.${language}.yaml`, import.meta.url));
    for (const kind of TONE_KINDS) {
      for (const entry of lexicon[kind]) {
        for (const sentence of entry.examples.flag) {
          it(`${kind} finds a word in ${sentence}`, async () => {
            const block = (await lint(sentence)).document;
            const blocks = [
              {
                index: 0,
                part: 'paragraph' as const,
                text: sentence,
                language: block.language,
                segments: [],
                links: [],
              },
            ];
            expect(
              findTone(blocks[0], block.language === 'en' ? undefined : tokenizeChinese(sentence)).some(
                (m) => m.kind === kind && isWritersOwn(m),
              ),
            ).toBe(true);
          });
        }
        for (const sentence of entry.examples.allow) {
          it(`${kind} finds nothing in ${sentence}`, async () => {
            const block = (await lint(sentence)).document;
            const blocks = [
              {
                index: 0,
                part: 'paragraph' as const,
                text: sentence,
                language: block.language,
                segments: [],
                links: [],
              },
            ];
            expect(
              findTone(blocks[0], block.language === 'en' ? undefined : tokenizeChinese(sentence)).filter(
                (m) => m.kind === kind && isWritersOwn(m),
              ),
            ).toEqual([]);
          });
        }
      }
    }
  }
});
