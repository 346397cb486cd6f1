// draftlint mcp, spoken to by the MCP TypeScript SDK's own client over stdio, as an assistant would.
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const now = '2026-11-27T10:00:00+08:00';
let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'draftlint-test', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: 'node', args: [join(root, 'bin/draftlint.js'), 'mcp'], stderr: 'pipe' }),
  );
}, 30_000);

afterAll(async () => {
  await client.close();
});

type ToolResult = {
  structuredContent?: Record<string, unknown>;
  content: { type: string; text: string }[];
  isError?: boolean;
};
const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as ToolResult;

describe('draftlint mcp', () => {
  it('lists lint, fix and extract with their input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['extract', 'fix', 'lint']);
    expect(tools.find((tool) => tool.name === 'lint')?.inputSchema).toMatchObject({
      type: 'object',
      required: ['text'],
    });
  });

  it('lint reports the problems of a draft with their places and messages', async () => {
    const result = await call('lint', {
      text: '各位同仁：\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室，請稍後回覆。',
      now,
    });
    expect(result.isError).toBeFalsy();
    const problems = result.structuredContent?.problems as {
      rule: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      fix?: string;
    }[];
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'weekday-mismatch',
        severity: 'error',
        line: 3,
        column: 16,
        message: '2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。',
        fix: '週六',
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'vague-time', severity: 'warning' }));
    expect(JSON.parse(result.content[0].text)).toEqual(result.structuredContent);
  });

  it('fix returns the fixed text and what is left', async () => {
    const result = await call('fix', { text: '定于2026年12月5日（周五）上午10点在301会议室召开评审会。', now });
    expect(result.structuredContent?.output).toBe('定于2026年12月5日（周六）上午10点在301会议室召开评审会。');
    expect((result.structuredContent?.problems as { rule: string }[]).map((p) => p.rule)).not.toContain(
      'weekday-mismatch',
    );
  });

  it('extract reads the 5W2H of a notice', async () => {
    const result = await call('extract', {
      text: 'Hi all,\n\nTopic: Budget review\nWhen: December 9, 2026, 15:00–16:30 UTC\nWhere: Room 4.12\n',
      now,
    });
    expect(result.structuredContent).toMatchObject({
      what: { value: 'Budget review' },
      when: { start: '2026-12-09T15:00:00+00:00', end: '2026-12-09T16:30:00+00:00' },
      where: { place: { value: 'Room 4.12' } },
    });
  });

  it('answers a bad input with an error result, and keeps serving', async () => {
    const bad = await call('lint', { text: 'x', now: 'next blue moon' });
    expect(bad.isError).toBe(true);
    expect(bad.content[0].text).toMatch(/now: expected an ISO 8601 date/);
    const good = await call('lint', { text: 'Hi all, the review is tomorrow at 10:00 in Room 2.', now });
    expect(good.isError).toBeFalsy();
  });
});
