// Lexicons test themselves: every entry's examples must be flagged (or allowed) by the rule that owns it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon, parseLexicon, LexiconError } from '../../src/analysis/lexicon/lexicon.js';
import { lint } from '../../src/index.js';

const rulesDir = new URL('../../rules/', import.meta.url);
const now = '2026-11-27T10:00:00+08:00';

for (const ruleId of readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  for (const file of readdirSync(new URL(`${ruleId}/`, rulesDir)).filter((f) => /^lexicon\.(zh|en)\.yaml$/.test(f))) {
    const lexicon = loadLexicon(new URL(`${ruleId}/${file}`, rulesDir));
    const hasExamples = Object.values(lexicon).flat().some((entry) => entry.examples.flag.length + entry.examples.allow.length > 0);
    if (!hasExamples) continue;
    describe(`${ruleId}/${file}`, () => {
      for (const entry of Object.values(lexicon).flat()) {
        for (const sentence of entry.examples.flag) {
          it(`${entry.id} flags ${sentence}`, async () => {
            const result = await lint(sentence, { now, rules: { [ruleId]: 'warn' } });
            expect(result.diagnostics.filter((d) => d.ruleId === ruleId).length).toBeGreaterThan(0);
          });
        }
        for (const sentence of entry.examples.allow) {
          it(`${entry.id} allows ${sentence}`, async () => {
            const result = await lint(sentence, { now, rules: { [ruleId]: 'warn' } });
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
    expect(() => parseLexicon(bad, 'words.yaml')).toThrow(new LexiconError('words.yaml:4: entry id must be kebab-case ASCII, got "Bad Id"'));
  });
  it('rejects an unknown exception kind and a wrong confidence', () => {
    expect(() => parseLexicon('entries:\n  - id: a\n    forms: [x]\n    confidence: 5\n', 'w.yaml')).toThrow(/confidence must be 0, 1 or 2/);
    expect(() => parseLexicon('entries:\n  - id: a\n    forms: [x]\n    exceptions: [{ kind: unless, patterns: [y] }]\n', 'w.yaml')).toThrow(/exception kind must be one of/);
  });
  it('rejects duplicate ids', () => {
    expect(() => parseLexicon('entries:\n  - id: a\n    forms: [x]\n  - id: a\n    forms: [y]\n', 'w.yaml')).toThrow(/duplicate entry id "a"/);
  });
});

// meeting-5w2h's lexicons hold cues that an element is present: each form must answer its element in a notice that lacks it.
const BASE = {
  zh: '2026年12月16日（星期三）上午9:00在301会议室。',
  en: 'We meet on Wednesday, December 16, 2026 at 9:00 in Room 301.',
};
for (const language of ['zh', 'en'] as const) {
  const lexicon = loadLexicon(new URL(`meeting-5w2h/lexicon.${language}.yaml`, rulesDir));
  describe(`meeting-5w2h/lexicon.${language}.yaml`, () => {
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
