// The engine holds a rule to its word: message ids and option types come from its declaration (a wrong one does not
// compile), a fix only from a fixable rule, suggestions only from one that has them, an analysis only when declared
// in `needs`; and a rule that throws is named while the other rules report.
import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../src/index.js';
import { lintWith } from '../src/lint.js';

const messages = {
  found: { en: 'Found "{term}".', 'zh-Hant': '找到「{term}」。', 'zh-Hans': '找到“{term}”。' },
  replace: { en: 'Replace it.', 'zh-Hant': '換掉它。', 'zh-Hans': '换掉它。' },
};

function ruleThat(overrides: Partial<Rule['meta']>, check: Rule['check']): Rule {
  const base = defineRule({
    meta: {
      id: 'probe',
      category: 'tone',
      severity: 'warning',
      appliesTo: { kinds: 'any', languages: ['en', 'zh-Hant', 'zh-Hans'], parts: ['paragraph'] },
      needs: [],
      fixable: false,
      hasSuggestions: false,
      docs: {
        description: { en: 'probe', 'zh-Hant': 'probe', 'zh-Hans': 'probe' },
        url: 'docs/rules/probe.md',
        principle: 'x',
      },
      options: { word: { type: 'string', default: 'ASAP', description: 'the word' } },
      messages,
    },
    check(context) {
      const word: string = context.options.word;
      // @ts-expect-error an option the rule does not declare
      void context.options.colour;
      // @ts-expect-error a message id the rule does not declare
      if (word === '') context.report({ messageId: 'missing', block: 0, start: 0, end: 0 });
    },
  });
  return { meta: { ...base.meta, ...overrides }, check };
}

const at = { block: 0, start: 13, end: 17 };
const text = 'Please reply ASAP.';

describe('the engine holds rules to their meta', () => {
  it('a declared, typed rule reports with its options filled from their defaults', async () => {
    const rule = ruleThat({}, (context) => {
      const word = context.options.word as string;
      const block = context.blocks[0];
      const start = block.text.indexOf(word);
      context.report({ messageId: 'found', data: { term: word }, block: block.index, start, end: start + word.length });
    });
    const result = await lintWith([rule], text);
    expect(result.diagnostics.map((d) => [d.ruleId, d.message, d.column])).toEqual([['probe', 'Found "ASAP".', 14]]);
  });

  it('refuses a fix from a rule whose meta.fixable is false, naming the rule', async () => {
    const rule = ruleThat({}, (context) =>
      context.report({ messageId: 'found', ...at, fix: [{ ...at, text: 'by 5 pm' }] }),
    );
    const result = await lintWith([rule], text);
    expect(result.diagnostics.map((d) => [d.ruleId, d.fatal, d.message])).toEqual([
      ['probe', true, 'rule probe failed: probe reported a fix, but its meta.fixable is false'],
    ]);
    expect(result.output).toBeUndefined();
  });

  it('refuses suggestions from a rule whose meta.hasSuggestions is false', async () => {
    const suggestions = [{ messageId: 'replace', edits: [{ ...at, text: 'by 5 pm' }] }];
    const refused = await lintWith(
      [ruleThat({}, (context) => context.report({ messageId: 'found', ...at, suggestions }))],
      text,
    );
    expect(refused.diagnostics[0].message).toBe(
      'rule probe failed: probe reported suggestions, but its meta.hasSuggestions is false',
    );
    const allowed = ruleThat({ hasSuggestions: true }, (context) =>
      context.report({ messageId: 'found', ...at, suggestions }),
    );
    expect((await lintWith([allowed], text)).diagnostics[0].suggestions?.map((s) => s.desc)).toEqual(['Replace it.']);
  });

  it('an analysis not declared in meta.needs is refused', async () => {
    const rule = ruleThat({}, (context) => void context.times());
    expect((await lintWith([rule], text)).diagnostics[0].message).toBe(
      'rule probe failed: reads times without declaring it in meta.needs',
    );
    const declared = ruleThat({ needs: ['times'] }, (context) => void context.times());
    expect((await lintWith([declared], text)).diagnostics).toEqual([]);
  });

  it('a rule that throws is reported with its id; the rules after it still report', async () => {
    const broken = ruleThat({ id: 'broken' }, () => {
      throw new TypeError('x is undefined');
    });
    const working = ruleThat({}, (context) => context.report({ messageId: 'found', data: { term: 'ASAP' }, ...at }));
    const result = await lintWith([broken, working], { text, filename: 'draft.txt' });
    expect(result.filePath).toBe('draft.txt');
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['broken', 2, 'rule broken failed: x is undefined'],
      ['probe', 1, 'Found "ASAP".'],
    ]);
  });
});
