import { Command, CommanderError, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Draftlint } from './draftlint.js';
import { formatters } from './formatters/index.js';
import { InputError, UsageError } from './input/errors.js';
import type { LintOptions, LintResult } from './lint.js';
import type { Rule } from './engine/rule.js';
import { LANGUAGES, type DocumentKind, type Language } from './document/types.js';
import type { FileError } from './files.js';
import { progressOn } from './progress.js';
import { packageVersion } from './rule-docs.js';

// The engine, the other commands and the libraries only some runs need load when a run needs them: a pre-commit
// hook checking one file pays for no file discovery, diff, calendar, language server or web server.
const SUBCOMMANDS = ['extract', 'mcp', 'lsp', 'serve', 'init', 'help'];

const EXAMPLES = `
Examples:
  $ draftlint check draft.eml                      check an email draft
  $ draftlint check docs/ README.md                check Markdown and text files (a directory: its .md, .markdown, .mdx, .txt, .eml files)
  $ draftlint check "notes/**/*.md" --format json  JSON for other tools
  $ draftlint check docs/ --format github          annotations in a GitHub Actions run
  $ draftlint check docs/ -f sarif -o draftlint.sarif   SARIF 2.1.0 for code scanning
  $ pbpaste | draftlint check -                    check the clipboard (- or --stdin: standard input)
  $ draftlint check docs/ --cache                  a second run checks only the drafts that changed
  $ draftlint check --print-config docs/a.md       the rules and options that apply to that file
  $ draftlint init                                 write a starter .draftlintrc.yaml for this repository
  $ draftlint check notice.txt --now 2026-12-01T09:00+08:00
                                                   resolve 明天 / "next Tuesday" against a fixed time
  $ draftlint check notice.md --fix                write the fixes (the right weekday) into the file
  $ draftlint extract notice.eml --ics -o notice.ics   turn a checked notice into a calendar invite
  $ draftlint serve                                the playground at http://127.0.0.1:4322/
  $ draftlint lsp                                  the language server, for your editor

Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, configuration or input error.`;

interface CheckFlags {
  stdin?: boolean;
  stdinFilename?: string;
  format: string;
  now?: string;
  locale?: Language;
  kind?: DocumentKind;
  fix?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  to?: string[];
  maxFileSize?: string;
  maxFileTime?: string;
  segmenter?: 'node-rs' | 'nodejieba';
  config?: string | false;
  outputFile?: string;
  fixDryRun?: boolean;
  reportUnusedDisableDirectives?: boolean;
  interactive?: boolean;
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export async function main(
  argv: string[],
  io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<number> {
  const write = (stream: NodeJS.WritableStream, text: string) =>
    text && stream.write(text.endsWith('\n') ? text : `${text}\n`);
  const fail = (message: string) => write(io.stderr, `draftlint: ${message}`);
  let exitCode = 0;

  const program = new Command('draftlint')
    .description(
      'A linter for drafts — emails, Markdown, messages — in Traditional Chinese, Simplified Chinese and English.',
    )
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => write(io.stdout, s),
      writeErr: (s) => write(io.stderr, s),
      outputError: (s) => fail(s.replace(/^error: /, '').trim()),
    })
    .showHelpAfterError('(run draftlint --help for usage)')
    .addHelpText('after', EXAMPLES);

  program
    .command('check', { isDefault: true })
    .description('check drafts and report what will make them fail their readers')
    .argument('[paths...]', 'files, directories or globs')
    .option('--stdin', 'read the draft from standard input')
    .option('--stdin-filename <name>', 'name (and so format: .eml, .md, .txt) of the draft read from standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--now <iso>', 'reference time for relative dates (default: the email Date header, else now)')
    .addOption(
      new Option('--locale <locale>', "language of the messages (default: the draft's own)").choices([...LANGUAGES]),
    )
    .addOption(
      new Option('--kind <kind>', 'treat every draft as this kind instead of detecting it').choices([
        'meeting-notice',
        'other',
      ]),
    )
    .option(
      '--fix',
      'apply the safe fixes: write them into .txt and .md files (never .eml); with --stdin, print the fixed text',
    )
    .option(
      '--to <address>',
      'a recipient (repeatable), added to the draft\'s own To: "team@example.com", "Ana <ana@example.com>"',
      (value: string, all: string[] = []) => [...all, value],
    )
    .option(
      '--fix-dry-run',
      'print the fixes as a unified diff instead of writing them (.eml files too); the report goes to stderr',
    )
    .option(
      '--interactive',
      'on a terminal: ask for each missing start time or place, write it into the draft, check again and offer the .ics invite',
    )
    .option('--report-unused-disable-directives', 'warn about disable directives that silence nothing')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--max-file-size <bytes>', 'skip files larger than this (default 4194304, 4 MiB)')
    .option(
      '--max-file-time <seconds>',
      'skip a draft not checked within this many seconds, with a reason (default 10; 0: no limit)',
    )
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option(
      '-c, --config <path>',
      'use this config file instead of the nearest .draftlintrc / draftlint.config.* above each file',
    )
    .option('--no-config', 'use no config file')
    .addOption(
      new Option(
        '--segmenter <name>',
        'the jieba binding for Chinese: node-rs (default) or nodejieba (install it yourself)',
      ).choices(['node-rs', 'nodejieba']),
    )
    .option(
      '--cache',
      'reuse the results of drafts unchanged since the last run with --cache (kept in .draftlintcache)',
    )
    .option('--cache-location <path>', 'the cache file, or a folder to hold .draftlintcache (implies --cache)')
    .option(
      '--print-config <file>',
      'print the settings that apply to this file (config file, rules, options) and exit',
    )
    .option('--quiet', 'report errors only')
    .option('--no-color', 'no colours, even on a terminal')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: CheckFlags) => {
      exitCode = await check(paths, flags, io, write, fail);
    });

  // Commands built elsewhere take the program's error handling, so a usage error exits 2 in every one of them. They
  // are defined only for a run that may name one or list them (a word among the arguments that is a command's name,
  // or a request for help): a check alone never loads them.
  if (argv.slice(2).some((arg) => SUBCOMMANDS.includes(arg) || arg === '--help' || arg === '-h') || argv.length <= 2) {
    const [{ extractCommand }, { mcpCommand }, { lspCommand }, { serveCommand }, { initCommand }] = await Promise.all([
      import('./commands/extract.js'),
      import('./commands/mcp.js'),
      import('./commands/lsp.js'),
      import('./commands/serve.js'),
      import('./commands/init.js'),
    ]);
    for (const command of [
      extractCommand({ ...io, write, fail, readAll }, (code) => (exitCode = code)),
      mcpCommand(packageVersion()),
      lspCommand(),
      serveCommand((text) => write(io.stdout, text)),
      initCommand((text) => write(io.stdout, text)),
    ]) {
      program.addCommand(command.copyInheritedSettings(program));
    }
  }

  program
    .command('rules')
    .description('list the rules with their category, default severity and description')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--locale <locale>', 'language of the descriptions').choices([...LANGUAGES]).default('en'))
    .option('-c, --config <path>', "use this config file (its plugins' rules are listed too)")
    .option('--no-config', 'use no config file')
    .action(async (flags: { format: string; locale: Language; config?: string | false }) => {
      const configFile = typeof flags.config === 'string' ? flags.config : undefined;
      const { createDraftlint } = await import('./draftlint.js');
      const draftlint = await createDraftlint({ configFile, noConfig: flags.config === false });
      write(io.stdout, listRules(await draftlint.rulesFor(), flags.format, flags.locale));
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof InputError) {
      fail(error.message);
      return 2;
    }
    fail(`internal error: ${(error as Error).message} (please report it with the draft that caused it)`);
    return 2;
  }
  return exitCode;
}

async function check(
  paths: string[],
  flags: CheckFlags,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream },
  write: (stream: NodeJS.WritableStream, text: string) => unknown,
  fail: (message: string) => unknown,
): Promise<number> {
  const { createDraftlint } = await import('./draftlint.js');
  const { toReference } = await import('./lint.js');
  const draftlint = await createDraftlint({
    configFile: typeof flags.config === 'string' ? flags.config : undefined,
    noConfig: flags.config === false,
    segmenter: flags.segmenter,
  });
  if (flags.printConfig !== undefined) {
    write(io.stdout, `${JSON.stringify(await draftlint.printConfig(flags.printConfig), null, 2)}\n`);
    return 0;
  }
  // `-` is standard input, as in most command-line tools.
  if (paths.length === 1 && paths[0] === '-') {
    paths = [];
    flags = { ...flags, stdin: true };
  }
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new UsageError(`--max-warnings must be a whole number, got "${flags.maxWarnings}"`);
  const maxFileSize = flags.maxFileSize === undefined ? undefined : Number(flags.maxFileSize);
  if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0))
    throw new UsageError(`--max-file-size must be a whole number of bytes, got "${flags.maxFileSize}"`);
  const maxFileTime = flags.maxFileTime === undefined ? undefined : Number(flags.maxFileTime);
  if (maxFileTime !== undefined && !(Number.isFinite(maxFileTime) && maxFileTime >= 0))
    throw new UsageError(`--max-file-time must be a number of seconds, got "${flags.maxFileTime}"`);
  if (flags.stdin && paths.length) throw new UsageError('give either --stdin or paths, not both');
  if (!flags.stdin && paths.length === 0)
    throw new UsageError('no input: give files, directories or globs, or --stdin (see draftlint check --help)');
  toReference(flags.now);
  const options: LintOptions = {
    now: flags.now,
    locale: flags.locale,
    kind: flags.kind,
    recipients: flags.to,
    segmenter: flags.segmenter,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives ? 'warn' : undefined,
  };

  if (flags.interactive) {
    if (flags.stdin || flags.fix || flags.fixDryRun)
      throw new UsageError('--interactive edits files: it cannot be combined with --stdin, --fix or --fix-dry-run');
    const { interactive } = await import('./commands/interactive.js');
    return interactive(draftlint, paths, { ...options, maxFileSize, maxFileTime, color: useColor(flags, true) }, io);
  }

  let results: LintResult[];
  let rules: Rule[] = [];
  let errors: FileError[] = [];
  let skipped: FileError[] = [];
  if (flags.stdin) {
    const bytes = await readAll(io.stdin);
    const filename = flags.stdinFilename;
    const label = filename ?? '<stdin>';
    if (bytes.length === 0) throw new InputError('empty input, nothing to check', label);
    const input = { text: bytes, filename };
    rules = await draftlint.rulesFor(filename);
    const details = flags.format === 'json';
    const result = await checkWithin(draftlint, input, options, Boolean(flags.fix), maxFileTime, details).catch(
      (error: unknown) => {
        throw error instanceof InputError && !error.input ? new InputError(error.reason, label) : error;
      },
    );
    result.filePath = label;
    results = [result];
    if (flags.fix) write(io.stdout, result.output ?? result.source);
  } else {
    const progress = progressOn(io.stderr);
    rules = await rulesOfResults(draftlint, paths);
    try {
      ({
        results,
        errors,
        skipped = [],
      } = await draftlint.lintFiles(paths, {
        ...options,
        fix: flags.fix,
        fixDryRun: flags.fixDryRun,
        maxFileSize,
        maxFileTime,
        details: flags.format === 'json',
        cache: Boolean(flags.cache || flags.cacheLocation),
        cacheLocation: flags.cacheLocation,
        onProgress: progress.update,
      }));
    } finally {
      progress.end();
    }
    if (flags.fixDryRun) {
      const { createTwoFilesPatch } = await import('diff');
      for (const result of results) {
        // The result describes the fixed text; the diff is against the file as it is on disk.
        if (result.output !== undefined && result.filePath) {
          write(
            io.stdout,
            createTwoFilesPatch(
              `a/${result.filePath}`,
              `b/${result.filePath}`,
              readFileSync(result.filePath, 'utf8'),
              result.output,
              '',
              '',
              { context: 2 },
            ),
          );
        }
      }
    }
  }

  for (const note of skipped) write(io.stderr, `draftlint: ${note.filePath}: ${note.reason}`);
  for (const error of errors) fail(`${error.filePath}: ${error.reason}`);
  const shown = flags.quiet
    ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 2) }))
    : results;
  const color = flags.format === 'stylish' && useColor(flags, Boolean((io.stdout as NodeJS.WriteStream).isTTY));
  const report = formatters[flags.format]({
    results: shown,
    color,
    fixed: Boolean(flags.fix),
    rules,
    version: packageVersion(),
  });
  if (flags.outputFile) {
    try {
      writeFileSync(flags.outputFile, report);
    } catch (error) {
      throw new UsageError(
        `--output-file ${flags.outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  } else {
    write((flags.stdin && flags.fix) || flags.fixDryRun ? io.stderr : io.stdout, report);
  }

  if (errors.length) return 2;
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  if (errorCount > 0) return 1;
  if (maxWarnings !== undefined && warningCount > maxWarnings) {
    fail(`${warningCount} warnings, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return 0;
}

/**
 * Colours: never with --no-color; FORCE_COLOR (other than 0 or false) turns them on and NO_COLOR off, as the
 * conventions at force-color.org and no-color.org say, FORCE_COLOR winning; otherwise on a terminal only.
 */
function useColor(flags: CheckFlags, terminal: boolean): boolean {
  if (flags.color === false) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return terminal;
}

/** The rules a report describes (SARIF lists them): the built-in ones and those of the plugins the configs load. */
async function rulesOfResults(draftlint: Draftlint, paths: string[]): Promise<Rule[]> {
  const all = new Map<string, Rule>();
  for (const path of paths.length ? paths : ['.'])
    for (const rule of await draftlint.rulesFor(path)) all.set(rule.meta.id, rule);
  return [...all.values()];
}

/** One draft from standard input, within the time budget when it can be kept (a compiled package). */
async function checkWithin(
  draftlint: Draftlint,
  input: { text: Uint8Array; filename?: string },
  options: LintOptions,
  fixing: boolean,
  maxFileTime: number | undefined,
  details: boolean,
): Promise<LintResult> {
  const check = fixing ? draftlint.fix : draftlint.lintText;
  const { budgetAvailable, DEFAULT_MAX_FILE_TIME } = await import('./budget/pool.js');
  const seconds = maxFileTime ?? DEFAULT_MAX_FILE_TIME;
  if (!budgetAvailable()) return check(input, options);
  const { SMALL_DRAFT } = await import('./files.js');
  const { settleDocument } = await import('./lint.js');
  const { stoppedHere, watched, withinBudget } = await import('./budget/watchdog.js');
  // A small draft is checked in this thread under a watchdog; a larger one in a worker thread that can be ended.
  if (seconds > 0 && Number.isFinite(seconds) && input.text.length <= SMALL_DRAFT && !stoppedHere()) {
    return withinBudget(seconds, undefined, async () => {
      const result = await check(input, options);
      return watched(() => settleDocument(result, details));
    });
  }
  return check(input, { ...options, maxFileTime: seconds });
}

function listRules(rules: Rule[], format: string, locale: Language): string {
  if (format === 'json') {
    return JSON.stringify(
      rules.map(({ meta }) => ({
        id: meta.id,
        category: meta.category,
        severity: meta.severity,
        messageSeverity: meta.messageSeverity,
        fixable: meta.fixable,
        hasSuggestions: meta.hasSuggestions,
        kinds: meta.appliesTo.kinds,
        description: meta.docs.description,
        docs: meta.docs.url,
      })),
      null,
      2,
    );
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const severities = (meta: Rule['meta']) =>
    ['error', 'warning', 'info']
      .filter((s) => meta.severity === s || Object.values(meta.messageSeverity ?? {}).includes(s as never))
      .join('/');
  const severityWidth = Math.max(...rules.map((rule) => severities(rule.meta).length));
  return rules
    .map(
      ({ meta }) =>
        `${meta.id.padEnd(width)}  ${meta.category.padEnd(12)}  ${severities(meta).padEnd(severityWidth)}  ${meta.fixable ? 'fixable' : '       '}  ${meta.docs.description[locale]}`,
    )
    .join('\n');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
