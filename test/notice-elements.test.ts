// meeting-5w2h and extract read one NoticeElements analysis: over every fixture draft, the elements the rule reports
// missing are the elements extract returns as missing, whether the kind is detected or forced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, lint } from '../src/index.js';

const now = '2026-11-27T10:00:00+08:00';
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const drafts = ['eml', 'md', 'txt'].flatMap((format) =>
  readdirSync(join(fixtures, format), { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(fixtures, format, dir.name))
        .filter((name) => !name.endsWith('.json'))
        .map((name) => join(format, dir.name, name)),
    ),
);

async function missingSets(file: string, kind?: 'meeting-notice') {
  const input = { text: readFileSync(join(fixtures, file)), filename: file };
  const result = await lint(input, { now, kind });
  const reported = result.diagnostics
    .filter((d) => d.ruleId === 'meeting-5w2h')
    .map((d) => (d.messageId === 'where-deferred' ? 'where' : d.messageId.replace(/^missing-/, '')));
  const extracted = await extract(input, { now, kind });
  return {
    notice: result.document.kind === 'meeting-notice',
    reported: [...new Set(reported)].sort(),
    extracted: [...extracted.missing].sort(),
  };
}

describe('meeting-5w2h and extract agree on what a notice lacks', () => {
  it('has fixtures to compare', () => expect(drafts.length).toBeGreaterThanOrEqual(9));
  for (const file of drafts) {
    it(`${file}, kind detected`, async () => {
      const { notice, reported, extracted } = await missingSets(file);
      if (notice) expect(reported).toEqual(extracted);
      else expect(reported).toEqual([]);
    });
    it(`${file}, kind forced`, async () => {
      const { reported, extracted } = await missingSets(file, 'meeting-notice');
      expect(reported).toEqual(extracted);
    });
  }
});
