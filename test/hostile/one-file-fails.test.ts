// One draft that breaks a parser, an analysis or a rule is that draft's error: named on one line, exit 2, and every
// other draft is still checked and reported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { lintFilesWith } from '../../src/files.js';
import { fixWith, lintWith, type KernelOptions } from '../../src/lint.js';
import type { FilesEngine } from '../../src/files.js';
import type { Rule } from '../../src/engine/rule.js';
import { htmlEmail, now, run } from './support.js';

const engineOf = (list: Rule[]): FilesEngine => ({
  setupFor: async () => ({ rules: list, settings: {}, ignored: false }),
  lint: (input, o, r) => lintWith(r, input, o),
  fix: (input, o, r) => fixWith(r, input, o),
});

const deepHtml = `${'<div>'.repeat(2_000)}Please reply ASAP.${'</div>'.repeat(2_000)}`;

describe('one file that fails', () => {
  it('an .eml whose HTML nests 2,000 <div>s is read, and the other files are reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-deep-'));
    writeFileSync(join(dir, 'deep.eml'), htmlEmail(deepHtml));
    writeFileSync(join(dir, 'other.txt'), 'Please reply ASAP.\n');
    const { code, stdout, stderr } = await run([
      'check',
      join(dir, 'deep.eml'),
      join(dir, 'other.txt'),
      '--format',
      'json',
      '--now',
      now,
    ]);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'deep.eml'), join(dir, 'other.txt')]);
    for (const result of results) expect(result.messages.map((m) => m.ruleId)).toContain('vague-time');
    expect(code).toBe(0);
  }, 30_000);

  it('a rule that throws is named with the file; the other rules and files are checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-rule-throws-'));
    writeFileSync(join(dir, 'a.txt'), 'Please reply ASAP.\n');
    writeFileSync(join(dir, 'b.txt'), 'Please reply soon.\n');
    const vague = rules.find((rule) => rule.meta.id === 'vague-time') as Rule;
    const broken: Rule = {
      meta: { ...vague.meta, id: 'broken' },
      check(context) {
        if (context.document.source.includes('ASAP'))
          throw new TypeError("Cannot read properties of undefined (reading 'start')");
      },
    };
    const { results, errors } = await lintFilesWith(engineOf([broken, vague]), [dir], { now });
    expect(errors).toEqual([
      {
        filePath: join(dir, 'a.txt'),
        reason: "rule broken failed: Cannot read properties of undefined (reading 'start')",
      },
    ]);
    // vague-time still reports on the draft the broken rule failed on.
    expect(results.map((r) => [r.filePath, r.diagnostics.map((d) => d.ruleId)])).toEqual([
      [join(dir, 'a.txt'), ['broken', 'vague-time']],
      [join(dir, 'b.txt'), ['vague-time']],
    ]);
  });

  it('a parser that throws something other than an input error is that file’s error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-parser-throws-'));
    writeFileSync(join(dir, 'a.txt'), 'one\n');
    writeFileSync(join(dir, 'b.txt'), 'two\n');
    const lint = async (input: { text: Uint8Array; filename: string }, o: KernelOptions) => {
      if (input.filename.endsWith('a.txt')) throw new RangeError('Maximum call stack size exceeded');
      return lintWith([], input, o);
    };
    const engine = { setupFor: async () => ({ rules: [], settings: {}, ignored: false }), lint, fix: lint };
    const { results, errors } = await lintFilesWith(engine, [dir], { now });
    expect(errors).toEqual([{ filePath: join(dir, 'a.txt'), reason: 'could not be checked: nested too deeply' }]);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'b.txt')]);
  });
});
