// Running the built binary as a user or a hook runs it, for the hostile-input tests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const bin = join(root, 'bin/draftlint.js');
export const now = '2026-11-27T10:00:00+08:00';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; timeout?: number } = {},
): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [bin, ...args],
      {
        cwd: options.cwd ?? root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: options.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          ms: performance.now() - started,
        });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** An HTML-only email whose body is this HTML. */
export function htmlEmail(html: string): string {
  return [
    'From: Ana <ana@example.com>',
    'To: team@example.com',
    'Subject: Notice',
    'Date: Fri, 27 Nov 2026 10:00:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '',
  ].join('\r\n');
}
