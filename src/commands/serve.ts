// `draftlint serve`: the playground page on this machine.
import { Command } from 'commander';
import { UsageError } from '../input/errors.js';
import { toReference } from '../lint.js';

export function serveCommand(write: (text: string) => unknown): Command {
  return new Command('serve')
    .description(
      'open the playground: a local page to paste a draft, see its problems highlighted, apply fixes and read its 5W2H',
    )
    .option('-p, --port <n>', 'port to listen on', '4322')
    .option('--host <host>', 'loopback address to listen on: 127.0.0.1, localhost or ::1', '127.0.0.1')
    .option('--now <iso>', 'reference time for relative dates (default: now)')
    .option('--max-file-time <seconds>', 'give up on a draft not checked within this many seconds (default 10)')
    .option('-c, --config <path>', 'use this config file (default: the nearest one above the working directory)')
    .option('--no-config', 'use no config file')
    .addHelpText('after', '\nExample:\n  $ draftlint serve --port 8080        then open http://127.0.0.1:8080/')
    .action(
      async (flags: { port: string; host: string; now?: string; maxFileTime?: string; config?: string | false }) => {
        const maxFileTime = flags.maxFileTime === undefined ? undefined : Number(flags.maxFileTime);
        if (maxFileTime !== undefined && !(Number.isFinite(maxFileTime) && maxFileTime > 0))
          throw new UsageError(`--max-file-time must be a number of seconds, got "${flags.maxFileTime}"`);
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(`--port must be a port number, got "${flags.port}"`);
        toReference(flags.now);
        const { startPlayground } = await import('../serve/server.js');
        const { createDraftlint } = await import('../draftlint.js');
        const configFile = typeof flags.config === 'string' ? flags.config : undefined;
        const draftlint = await createDraftlint({ configFile, noConfig: flags.config === false });
        const server = await startPlayground({ port, host: flags.host, now: flags.now, maxFileTime, draftlint });
        const address = server.address();
        const shown = typeof address === 'object' && address ? address.port : port;
        write(
          `draftlint playground: http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${shown}/  (Ctrl+C to stop)`,
        );
        await new Promise(() => undefined);
      },
    );
}
