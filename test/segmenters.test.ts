// Both jieba bindings must give the same diagnostics. nodejieba is an optional peer dependency that builds C++ at
// install; this runs where it is installed (npm run bench installs it under bench/, then NODE_PATH=bench/node_modules).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { createDraftlint } from '../src/draftlint.js';

const require = createRequire(import.meta.url);
const present = (() => {
  try {
    require.resolve('nodejieba');
    return true;
  } catch {
    return false;
  }
})();

const root = new URL('../', import.meta.url).pathname;
const fixtures = ['txt', 'md', 'eml'].flatMap((format) =>
  readdirSync(join(root, 'test/fixtures', format)).flatMap((language) =>
    readdirSync(join(root, 'test/fixtures', format, language))
      .filter((f) => !f.endsWith('.json'))
      .map((f) => join('test/fixtures', format, language, f)),
  ),
);

describe('segmenter backends', () => {
  it('refuses an unknown backend with a reason', async () => {
    await expect(createDraftlint({ segmenter: 'thulac' as never })).rejects.toThrow(
      'unknown segmenter "thulac" (choose node-rs or nodejieba)',
    );
  });

  it.skipIf(!present).each(fixtures)('%s gives the same diagnostics with nodejieba', async (path) => {
    const input = { text: readFileSync(join(root, path)), filename: path };
    const options = { now: '2026-11-27T10:00:00+08:00' };
    const nodeRs = await lint(input, { ...options, segmenter: 'node-rs' });
    const nodejieba = await lint(input, { ...options, segmenter: 'nodejieba' });
    expect(nodejieba.diagnostics).toEqual(nodeRs.diagnostics);
  });
});
