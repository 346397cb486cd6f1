// Docs pages are checked like code: fixed sections in order, front matter, and every example linted.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Code, Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lint, rules } from '../src/index.js';

const docsDir = new URL('../docs/rules/', import.meta.url);
const SECTIONS = ['Why', 'Rule details', 'Examples', 'Options', 'Lexicon', 'When not to use it'];
const FRONT_MATTER = ['id', 'category', 'severity', 'kinds', 'languages', 'fixable', 'principle'];

for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
  const id = file.replace(/\.md$/, '');
  const rule = rules.find((r) => r.meta.id === id);
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .parse(readFileSync(new URL(file, docsDir), 'utf8')) as Root;

  describe(`docs/rules/${file}`, () => {
    it('documents a registered rule, with its front matter', () => {
      expect(rule).toBeDefined();
      const yaml = tree.children.find((n) => n.type === 'yaml');
      const data = parseYaml((yaml as { value: string }).value) as Record<string, unknown>;
      for (const key of FRONT_MATTER) expect(data, key).toHaveProperty(key);
      expect(data.id).toBe(id);
      expect(data.category).toBe(rule!.meta.category);
      expect(data.fixable).toBe(rule!.meta.fixable);
      expect(data.principle).toBe(rule!.meta.docs.principle);
    });
    it('has the title, the summary and the fixed sections in order', () => {
      const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
      expect(h1 && toString(h1)).toBe(id);
      const summary = tree.children[tree.children.indexOf(h1!) + 1] as Paragraph;
      expect(toString(summary)).toBe(rule!.meta.docs.description.en);
      const h2 = tree.children
        .filter((n): n is Heading => n.type === 'heading' && n.depth === 2)
        .map((n) => toString(n));
      expect(h2).toEqual(SECTIONS);
    });
    const examples = tree.children.filter((n): n is Code => n.type === 'code' && /^(pass|fail)\b/.test(n.meta ?? ''));
    it('has failing and passing examples in each language', () => {
      for (const verdict of ['fail', 'pass']) {
        for (const language of ['zh-Hant', 'zh-Hans', 'en']) {
          expect(
            examples.some((e) => e.meta?.startsWith(`${verdict} ${language}`)),
            `${verdict} ${language}`,
          ).toBe(true);
        }
      }
    });
    for (const example of examples) {
      const [verdict, language, ...rest] = (example.meta ?? '').split(/\s+/);
      const now = rest.find((r) => r.startsWith('now='))?.slice(4);
      it(`${verdict}: ${example.value.split('\n')[0].slice(0, 40)}`, async () => {
        const filename =
          example.lang === 'markdown' ? 'example.md' : example.lang === 'eml' ? 'example.eml' : 'example.txt';
        const result = await lint(
          { text: example.value, filename },
          { now, rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? 'warn' : 'off'])) },
        );
        expect(result.document.language).toBe(language);
        if (verdict === 'fail') expect(result.diagnostics.length).toBeGreaterThan(0);
        else expect(result.diagnostics.map((d) => d.message)).toEqual([]);
      });
    }
  });
}
