/**
 * A one-line progress counter on a terminal's standard error, for long runs only: nothing on a pipe or a file
 * (CI logs, editors, hooks), nothing before `delayMs` has passed, so short runs print exactly what they did
 * before. The line is redrawn at most every `intervalMs` and erased when the run ends, leaving the report clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

export interface ProgressOptions {
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

const ERASE_LINE = '\r\x1b[2K';

export function progressOn(stream: NodeJS.WritableStream, options: ProgressOptions = {}): Progress {
  const { delayMs = 1000, intervalMs = 100, now = () => performance.now() } = options;
  if (!(stream as NodeJS.WriteStream).isTTY) return { update() {}, end() {} };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const at = now();
      if (at - started < delayMs || at - drawnAt < intervalMs || total === 0) return;
      drawnAt = at;
      drawn = true;
      stream.write(`${ERASE_LINE}${line(done, total, (stream as NodeJS.WriteStream).columns || 80)}`);
    },
    end() {
      if (drawn) stream.write(ERASE_LINE);
      drawn = false;
    },
  };
}

function line(done: number, total: number, columns: number): string {
  const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')} files`;
  const percent = `${Math.floor((done / total) * 100)}%`.padStart(4);
  const width = Math.max(0, Math.min(30, columns - counts.length - percent.length - 'draftlint  [] '.length - 1));
  const filled = Math.round((done / total) * width);
  return `draftlint ${percent} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts}`;
}
