import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const NOW = '2026-12-01T09:00:00+08:00';
const ruleIds = (result: Awaited<ReturnType<typeof lint>>) =>
  result.diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column}`);

describe('MDX input', () => {
  it('skips imports, exports and expressions, reads the prose inside JSX, and points at the source', async () => {
    const source = [
      "import { Callout } from '../components/callout'",
      'export const meta = { soon: true }',
      '',
      '# 發布會議',
      '',
      '{/* 稍後 is inside a comment expression */}',
      '',
      '<Callout type="info">',
      '會議訂於2026年12月5日（週五）上午10點。',
      '</Callout>',
      '',
      'The value is {props.ASAP} and {"ASAP"}.',
    ].join('\n');
    const result = await lint({ text: source, filename: 'notice.mdx' }, { now: NOW });
    expect(ruleIds(result)).toContain('weekday-mismatch@9:16');
    expect(result.diagnostics.filter((d) => d.ruleId === 'vague-time')).toEqual([]);
  });

  it('a .md file keeps plain Markdown: a brace or a tag is text, not code', async () => {
    const text = '# 發布會議\n\n會議訂於2026年12月5日（週六）上午10點。\n\nThe value is {ASAP}.\n';
    const asMarkdown = await lint({ text, filename: 'notice.md' }, { now: NOW });
    expect(ruleIds(asMarkdown)).toContain('vague-time@5:15');
    const asMdx = await lint({ text, filename: 'notice.mdx' }, { now: NOW });
    expect(asMdx.diagnostics.map((d) => d.ruleId)).not.toContain('vague-time');
  });

  it('invalid MDX is one error for that file, with its place', async () => {
    await expect(
      lint({ text: '# Title\n\n<Callout>\nnever closed\n', filename: 'broken.mdx' }, { now: NOW }),
    ).rejects.toThrow(/^broken\.mdx: not valid MDX( at \d+:\d+)?: Expected a closing tag for `<Callout>`/);
  });
});
