// Rule folders, the registry, the docs pages and the recommended list name the same rules (ESLint's checkRuleFiles).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules as registry, recommended } from '../rules/index.js';

const root = new URL('../', import.meta.url);
const folders = readdirSync(new URL('rules/', root), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('rule registry', () => {
  it('has one folder per registered rule, and the registry is sorted', () => {
    expect(Object.keys(registry)).toEqual(folders);
    expect(recommended).toEqual(folders);
  });
  for (const id of folders) {
    it(`${id}: file named after the id, meta.id matches, docs page and test exist, under the size budget`, () => {
      expect(registry[id].meta.id).toBe(id);
      const source = readFileSync(new URL(`rules/${id}/${id}.ts`, root), 'utf8');
      // Counted in characters: the formatter spreads a call over as many lines as its width needs.
      expect(source.length).toBeLessThanOrEqual(9000);
      expect(readFileSync(new URL(`rules/${id}/messages.ts`, root), 'utf8').length).toBeLessThanOrEqual(5000);
      expect(existsSync(new URL(`docs/rules/${id}.md`, root))).toBe(true);
      expect(existsSync(new URL(`test/rules/${id}.test.ts`, root))).toBe(true);
      expect(registry[id].meta.docs.url).toBe(`docs/rules/${id}.md`);
    });
  }
  it('the engine names no rule', () => {
    const walk = (dir: URL): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? walk(new URL(`${d.name}/`, dir))
          : d.name.endsWith('.ts')
            ? [readFileSync(new URL(d.name, dir), 'utf8')]
            : [],
      );
    const engine = walk(new URL('src/', root))
      .join('\n')
      .replace(/from '\.\.\/rules\/index\.js'/, '');
    for (const id of folders) expect(engine.includes(`'${id}'`), id).toBe(false);
  });
});
