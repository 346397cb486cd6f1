// The playground answers its own page only: its Host, JSON from its own origin; bad input is a 400, and each
// request is bounded in size and time.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, now } from './support.js';

let server: ChildProcess;
let port: number;

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function call(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const draft = JSON.stringify({ text: 'Please reply ASAP.' });

beforeAll(async () => {
  server = spawn('node', [bin, 'serve', '--port', '0', '--now', now, '--max-file-time', '5'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve) =>
    server.stdout!.on('data', (chunk: Buffer) => resolve(Number(/:(\d+)\//.exec(chunk.toString())![1]))),
  );
}, 30_000);

afterAll(() => {
  server?.kill();
});

describe('the playground', () => {
  it('refuses a Host that is not its loopback name and port (DNS rebinding)', async () => {
    expect((await call('GET', '/', { host: 'attacker.example' })).status).toBe(421);
    expect((await call('GET', '/', { host: `attacker.example:${port}` })).status).toBe(421);
    expect((await call('POST', '/api/lint', { ...json, host: `attacker.example:${port}` }, draft)).status).toBe(421);
    expect((await call('GET', '/', { host: `127.0.0.1:${port + 1}` })).status).toBe(421);
    expect((await call('GET', '/', {})).status).toBe(200);
    expect((await call('GET', '/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a cross-site text/plain POST at once, even of 60 KB', async () => {
    const big = JSON.stringify({ text: '一會兒'.repeat(20_000) });
    const answer = await call(
      'POST',
      '/api/lint',
      { 'content-type': 'text/plain', origin: 'http://attacker.example' },
      big,
    );
    expect(answer.status).toBe(403);
    expect(answer.ms).toBeLessThan(2_000);
    expect((await call('POST', '/api/lint', { 'content-type': 'text/plain' }, draft)).status).toBe(415);
    expect((await call('POST', '/api/lint', { ...json, origin: 'http://attacker.example' }, draft)).status).toBe(403);
    expect((await call('POST', '/api/lint', { ...json, origin: 'null' }, draft)).status).toBe(403);
  });

  it('answers JSON from its own page, or from no page', async () => {
    const own = await call('POST', '/api/lint', { ...json, origin: `http://127.0.0.1:${port}` }, draft);
    expect(own.status).toBe(200);
    expect((JSON.parse(own.body) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId)).toContain(
      'vague-time',
    );
    expect((await call('POST', '/api/extract', json, draft)).status).toBe(200);
  });

  it.each([
    [
      '{"locale":"toString"}',
      { text: 'x', locale: 'toString' },
      /^bad request: locale must be one of en, zh-Hant, zh-Hans$/,
    ],
    ['a kind it does not know', { text: 'x', kind: '__proto__' }, /^bad request: kind must be one of/],
    ['text that is not a string', { text: { toString: 1 } }, /^bad request: text must be a string$/],
    ['an array', [1], /^bad request: send an object with text$/],
    ['a filename that is not a string', { text: 'x', filename: 42 }, /^bad request: filename/],
  ])('answers %s with 400', async (_, body, message) => {
    const answer = await call('POST', '/api/lint', json, JSON.stringify(body));
    expect(answer.status).toBe(400);
    expect((JSON.parse(answer.body) as { error: string }).error).toMatch(message);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const answer = await call('POST', '/api/lint', json, JSON.stringify({ text: 'a'.repeat(1_100_000) }));
    expect(answer.status).toBe(413);
  });

  it('gives up on a draft past the time budget with 422 and its reason', async () => {
    const slow = spawn('node', [bin, 'serve', '--port', '0', '--now', now, '--max-file-time', '0.001'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const slowPort = await new Promise<number>((resolve) =>
        slow.stdout!.on('data', (chunk: Buffer) => resolve(Number(/:(\d+)\//.exec(chunk.toString())![1]))),
      );
      const saved = port;
      port = slowPort;
      const answer = await call('POST', '/api/lint', json, draft);
      port = saved;
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body)).toEqual({
        error: 'skipped: not checked within the 0.001 s time budget (--max-file-time)',
      });
    } finally {
      slow.kill();
    }
  }, 30_000);
});
