// Devices, FIFOs and sockets named on the command line are skipped with one line; the size limit counts the bytes
// actually read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import { now, run } from './support.js';

describe('files that are not regular files', () => {
  it('draftlint check /dev/zero is skipped with one line, and the other files are checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-dev-'));
    writeFileSync(join(dir, 'ok.txt'), 'Please reply ASAP.\n');
    const { code, stdout, stderr, ms } = await run(['check', '/dev/zero', join(dir, 'ok.txt'), '--now', now], {
      timeout: 20_000,
    });
    expect(stderr).toBe('draftlint: /dev/zero: skipped: a device, not a regular file\n');
    expect(stdout).toContain('vague-time');
    expect(code).toBe(2);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('draftlint extract /dev/zero answers with one line at once', async () => {
    const { code, stderr, ms } = await run(['extract', '/dev/zero'], { timeout: 20_000 });
    expect(stderr).toBe('draftlint: /dev/zero: skipped: a device, not a regular file\n');
    expect(code).toBe(2);
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it('a FIFO and a socket are skipped without waiting for a writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-fifo-'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const server = createServer().listen(join(dir, 'socket.md'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { errors } = await lintFiles([join(dir, 'pipe.txt'), join(dir, 'socket.md')], { now });
      expect(errors).toEqual([
        { filePath: join(dir, 'pipe.txt'), reason: 'skipped: a FIFO (named pipe), not a regular file' },
        { filePath: join(dir, 'socket.md'), reason: 'skipped: a socket, not a regular file' },
      ]);
    } finally {
      server.close();
    }
  });

  it('--max-file-size counts the bytes read, not the size the file system reports', async () => {
    // /proc files report a size of 0 and have content.
    const { errors } = await lintFiles(['/proc/self/maps'], { now, maxFileSize: 16 });
    expect(errors).toEqual([{ filePath: '/proc/self/maps', reason: 'skipped: over the 16-byte limit for a draft' }]);
  });
});
