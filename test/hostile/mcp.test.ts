// draftlint mcp bounds each draft: a size cap, the time budget, and a request the client cancels stops its check.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, now } from './support.js';

type ToolResult = {
  content: { type: string; text: string }[];
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
};
const clients: Client[] = [];

async function connect(...args: string[]): Promise<Client> {
  const client = new Client({ name: 'draftlint-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: 'node', args: [bin, 'mcp', ...args], stderr: 'pipe' }));
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

describe('draftlint mcp limits', () => {
  it('refuses a draft over 1 MiB by default, and over --max-size when given', async () => {
    const client = await connect();
    const big = (await client.callTool({
      name: 'lint',
      arguments: { text: 'a'.repeat(1024 * 1024 + 1), now },
    })) as ToolResult;
    expect(big.isError).toBe(true);
    expect(big.content[0].text).toBe('draft of 1048577 bytes, over the 1048576-byte limit (draftlint mcp --max-size)');
    const small = await connect('--max-size', '100');
    const over = (await small.callTool({ name: 'extract', arguments: { text: '會'.repeat(40), now } })) as ToolResult;
    expect(over.content[0].text).toBe('draft of 120 bytes, over the 100-byte limit (draftlint mcp --max-size)');
    const fine = (await small.callTool({ name: 'lint', arguments: { text: 'Please reply ASAP.', now } })) as ToolResult;
    expect(fine.isError).toBeFalsy();
  }, 30_000);

  it('answers a draft past the time budget with an error result, and keeps serving', async () => {
    const client = await connect('--max-file-time', '0.001');
    const late = (await client.callTool({ name: 'fix', arguments: { text: 'Please reply ASAP.', now } })) as ToolResult;
    expect(late.isError).toBe(true);
    expect(late.content[0].text).toBe('skipped: not checked within the 0.001 s time budget (--max-file-time)');
    expect((await client.listTools()).tools).toHaveLength(3);
  }, 30_000);

  it('stops the check of a cancelled request, and answers the next at once', async () => {
    const client = await connect('--max-file-time', '120');
    await client.callTool({ name: 'lint', arguments: { text: 'warm up', now } });
    // A draft of almost 1 MB takes seconds to check: first how long in full, then cancelled at once.
    const big = '明天下午3點在301會議室開會，請稍後回覆。\n'.repeat(15_000);
    const fullStart = performance.now();
    await client.callTool({ name: 'lint', arguments: { text: big, now } }, undefined, { timeout: 200_000 });
    const full = performance.now() - fullStart;
    const controller = new AbortController();
    const slow = client.callTool({ name: 'lint', arguments: { text: big, now } }, undefined, {
      signal: controller.signal,
      timeout: 200_000,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(slow).rejects.toThrow();
    const started = performance.now();
    const next = (await client.callTool({
      name: 'lint',
      arguments: { text: 'Please reply ASAP.', now },
    })) as ToolResult;
    expect(next.isError).toBeFalsy();
    // Had the cancelled check gone on, the next answer would have waited for it.
    expect(performance.now() - started).toBeLessThan(full / 2);
  }, 120_000);
});
