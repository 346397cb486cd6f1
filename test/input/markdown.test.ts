import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/input/markdown.js';
import { toSourceOffset } from '../../src/document/source-map.js';
import { lint } from '../../src/index.js';

describe('Markdown input', () => {
  const source = [
    '---',
    'title: x',
    '---',
    '# 標題 `code`',
    '',
    '> 引用裡的 **粗體** 文字',
    '> 第二行',
    '',
    '- 項目一 [Zoom 連結](https://zoom.us/j/123)',
    '',
    '| 欄 | 值 |',
    '|---|---|',
    '| 時間 | 10:00 |',
    '',
    '```js',
    'soon();',
    '```',
    '',
    '<div>html 稍後</div>',
    '',
    'Escaped \\*star\\* &amp; entity.',
  ].join('\n');
  const parsed = parseMarkdown(source, 'x.md');

  it('keeps prose blocks with their parts, and leaves out code, inline code, HTML and front matter', () => {
    expect(parsed.blocks.map((b) => [b.part, b.text])).toEqual([
      ['heading', '標題 '],
      ['quote', '引用裡的 粗體 文字\n第二行'],
      ['list-item', '項目一 Zoom 連結'],
      ['table-cell', '欄'],
      ['table-cell', '值'],
      ['table-cell', '時間'],
      ['table-cell', '10:00'],
      ['paragraph', 'Escaped *star* & entity.'],
    ]);
    expect(parsed.frontMatter).toEqual({ title: 'x' });
  });

  it('keeps link targets as evidence, not as text', () => {
    expect(parsed.blocks[2].links).toEqual([{ url: 'https://zoom.us/j/123', start: 4, end: 11 }]);
  });

  it('maps every character of a block back to its place in the source', () => {
    for (const block of parsed.blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const ch = block.text[i];
        if (ch === '\n' || ch === ' ') continue;
        const at = toSourceOffset(block, i);
        // Escapes and entities map to the start of their source form.
        if (!['*', '&'].includes(ch)) expect(source[at], `${block.text} @${i}`).toBe(ch);
      }
    }
    const quote = parsed.blocks[1];
    expect(
      source.slice(
        toSourceOffset(quote, quote.text.indexOf('第二行')),
        toSourceOffset(quote, quote.text.indexOf('第二行')) + 3,
      ),
    ).toBe('第二行');
  });

  it('ignores front matter it cannot parse unless it carries draftlint settings', async () => {
    expect((await lint({ text: '---\ntitle: a: b\n---\n\ntext\n', filename: 'a.md' })).diagnostics).toEqual([]);
    await expect(lint({ text: '---\ndraftlint: { kind: x: y }\n---\n\ntext\n', filename: 'a.md' })).rejects.toThrow(
      /front matter is not valid YAML/,
    );
  });

  it('takes the kind from front matter', async () => {
    const result = await lint({ text: '---\ndraftlint:\n  kind: meeting-notice\n---\n\nHello.\n', filename: 'a.md' });
    expect(result.document.kind).toBe('meeting-notice');
    expect(result.document.kindReasons).toEqual(['set in front matter (draftlint.kind)']);
  });
});

describe('positions', () => {
  it('counts columns in UTF-16 code units, as ESLint and LSP editors do (CJK Extension B, emoji)', async () => {
    // 𠀀 (U+20000) and 😀 are two code units each.
    const result = await lint('𠀀😀我一會兒再打給你。', { now: '2026-11-27T10:00:00+08:00' });
    expect(result.diagnostics[0]).toMatchObject({ line: 1, column: 6, endLine: 1, endColumn: 9 });
  });

  it('counts lines across CRLF, LF and CR alike', async () => {
    const result = await lint('a\r\nb\rc\n我一會兒再打給你。', { now: '2026-11-27T10:00:00+08:00' });
    expect(result.diagnostics[0]).toMatchObject({ line: 4, column: 2 });
  });
});
