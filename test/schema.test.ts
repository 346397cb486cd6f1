// The shipped JSON Schema of config files: in step with the rules, and it accepts and rejects what the loader does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { rules } from '../src/index.js';
import { configSchema } from '../src/config/schema.js';

const committed = JSON.parse(readFileSync(new URL('../schema/draftlint.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false }).compile(committed);

describe('config schema', () => {
  it('is the one the rules generate (npm run build rewrites it)', () => {
    expect(committed).toEqual(configSchema(rules));
  });

  it('accepts the README example and rule options of every type', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = /```yaml\n# \.draftlintrc\.yaml\n([\s\S]*?)```/.exec(readme)![1];
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate({
        $schema: './node_modules/draftlint/schema/draftlint.schema.json',
        rules: { 'vague-time': ['warn', { minConfidence: 2, disabled: ['asap'] }], 'meeting-5w2h': 'error' },
      }),
    ).toBe(true);
  });

  it('accepts extends, plugins, plugin rules and a vocabulary', () => {
    const config = {
      extends: ['draftlint:email', './team.yaml'],
      plugins: ['acme'],
      rules: { 'acme/code-name': 'error' },
      vocabulary: {
        people: ['小王', { names: ['Sam', 'Sam Lee'], role: 'engineer' }],
        places: ['Lotus room'],
        groups: ['eng-all@'],
        accept: ['coming soon'],
      },
    };
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ vocabulary: './vocabulary.yaml' })).toBe(true);
  });

  it.each([
    [{ rules: { 'vague-tme': 'warn' } }, 'an unknown rule'],
    [{ rules: { 'vague-time': 'loud' } }, 'a wrong severity'],
    [{ rules: { 'vague-time': ['warn', { minConfidence: 'high' }] } }, 'an option of the wrong type'],
    [{ rules: { 'vague-time': ['warn', { colour: 'red' }] } }, 'an unknown option'],
    [{ rules: { 'vague-time': ['warn', { minConfidence: 7 }] } }, 'an option out of its range'],
    [{ rules: { 'wall-of-text': ['info', { sentenceChars: 2.5 }] } }, 'a fraction where a whole number is declared'],
    [{ vocabulary: { rooms: ['Lotus room'] } }, 'an unknown vocabulary key'],
    [{ rule: {} }, 'an unknown key'],
    [{ overrides: [{ files: 'docs/**' }] }, 'an override without rules'],
  ] as [unknown, string][])('rejects %j (%s)', (config) => {
    expect(validate(config)).toBe(false);
  });
});
