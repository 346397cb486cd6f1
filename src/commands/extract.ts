// `draftlint extract`: a notice's 5W2H as JSON, or as an iCalendar invite with --ics.
import { writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_FILE_SIZE, readDraft } from '../files.js';
import { DEFAULT_MAX_FILE_TIME } from '../budget/pool.js';
import { createDraftlint } from '../draftlint.js';
import { Command, Option } from 'commander';
import { toICalendar, IncompleteNoticeError } from '../index.js';
import { settleClock } from '../extract/settle-clock.js';
import { InputError, UsageError } from '../input/errors.js';
import { toReference } from '../lint.js';

interface ExtractFlags {
  stdin?: boolean;
  stdinFilename?: string;
  ics?: boolean;
  tz?: string;
  now?: string;
  kind?: 'meeting-notice' | 'other';
  outputFile?: string;
  assume?: 'am' | 'pm';
}

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  write: (stream: NodeJS.WritableStream, text: string) => unknown;
  fail: (message: string) => unknown;
  readAll: (stream: NodeJS.ReadableStream) => Promise<Uint8Array>;
}

const EXAMPLES = `
Examples:
  $ draftlint extract notice.eml                       the notice's 5W2H as JSON
  $ draftlint extract notice.txt --ics -o notice.ics   an invite for a calendar
  $ pbpaste | draftlint extract --stdin --tz Asia/Taipei
                                                       times written with no zone are in Taipei time`;

export function extractCommand(io: CommandIo, setExitCode: (code: number) => void): Command {
  return new Command('extract')
    .description(
      "read a meeting notice's what, why, who, when, where, how and how much, as JSON or as an iCalendar invite",
    )
    .argument('[file]', 'the notice: .eml, .md or .txt')
    .option('--stdin', 'read the notice from standard input')
    .option('--stdin-filename <name>', 'name (and so format: .eml, .md, .txt) of the notice read from standard input')
    .option(
      '--ics',
      'write an iCalendar event (RFC 5545) instead of JSON; refused when the day, start time or place is missing',
    )
    .option(
      '--tz <zone>',
      'zone of times written with none: an IANA name (Asia/Taipei), an offset (+08:00) or PT, ET, UTC (a zone in the text wins)',
    )
    .addOption(
      new Option(
        '--assume <half>',
        'for --ics: read a clock that does not say morning or afternoon (明天3点, "at 3") as am or pm',
      ).choices(['am', 'pm']),
    )
    .option('--now <iso>', 'reference time for relative dates (default: the email Date header, else now)')
    .addOption(
      new Option('--kind <kind>', 'treat the draft as this kind instead of detecting it').choices([
        'meeting-notice',
        'other',
      ]),
    )
    .option('-o, --output-file <path>', 'write the result to this file instead of standard output')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string | undefined, flags: ExtractFlags) => {
      setExitCode(await run(file, flags, io));
    });
}

async function run(file: string | undefined, flags: ExtractFlags, io: CommandIo): Promise<number> {
  if (flags.stdin && file) throw new UsageError('give either --stdin or a file, not both');
  if (!flags.stdin && !file) throw new UsageError('no input: give a file or --stdin (see draftlint extract --help)');
  toReference(flags.now);
  const label = file ?? flags.stdinFilename ?? '<stdin>';
  // A device or FIFO is skipped, and the bytes read are bounded, as for check.
  const bytes = file ? await readDraft(file, file, DEFAULT_MAX_FILE_SIZE) : await io.readAll(io.stdin);
  if (bytes.length === 0) throw new InputError('empty input, nothing to read', label);
  const input = { text: bytes, filename: file ?? flags.stdinFilename };
  const options = { now: flags.now, tz: flags.tz, kind: flags.kind, maxFileTime: DEFAULT_MAX_FILE_TIME };
  const draftlint = await createDraftlint();
  const extraction = await draftlint.extract(input, options).catch((error: unknown) => {
    throw error instanceof InputError && !error.input ? new InputError(error.reason, label) : error;
  });
  let output: string;
  if (flags.ics) {
    const clock = extraction.when?.clock;
    if (clock && !flags.assume) {
      io.fail(
        `${label}: cannot write an invite: "${clock.written}" does not say morning or afternoon; write it in the notice, or give --assume am or --assume pm`,
      );
      return 1;
    }
    try {
      output = toICalendar(settleClock(extraction, flags.assume), {
        now: flags.now ? toReference(flags.now)?.instant : undefined,
      });
    } catch (error) {
      if (!(error instanceof IncompleteNoticeError)) throw error;
      io.fail(`${label}: ${error.message}; run draftlint check ${file ?? '--stdin'} to see what to add`);
      return 1;
    }
  } else {
    output = `${JSON.stringify({ ...extraction, filePath: file ?? flags.stdinFilename }, null, 2)}\n`;
  }
  if (flags.outputFile) {
    await writeFile(flags.outputFile, output).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--output-file ${flags.outputFile}: ${error.code ?? error.message}`);
    });
  } else {
    io.write(io.stdout, output);
  }
  return 0;
}
