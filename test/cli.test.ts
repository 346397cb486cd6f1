// End to end: the built binary, run as a user runs it, over the fixture drafts.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOW, fixtureArgs } from './support/fixtures.mjs';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/draftlint.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [bin, ...args],
      { cwd: options.cwd ?? root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

beforeAll(() => {
  if (!existsSync(join(root, 'dist/src/cli.js'))) throw new Error('build first: npm run build (npm test does it)');
});

describe('fixtures', () => {
  for (const format of ['txt', 'md', 'eml']) {
    for (const language of readdirSync(join(root, 'test/fixtures', format))) {
      for (const name of readdirSync(join(root, 'test/fixtures', format, language)).filter(
        (f) => !f.endsWith('.expected.json'),
      )) {
        const path = join('test/fixtures', format, language, name);
        it(`${path} gives the expected JSON`, async () => {
          const { stdout, stderr } = await run(fixtureArgs(path));
          expect(stderr).toBe('');
          const expected = readFileSync(join(root, path.replace(/\.[^.]+$/, '.expected.json')), 'utf8');
          expect(JSON.parse(stdout)).toEqual(JSON.parse(expected));
        });
      }
    }
  }

  it('decodes a GB2312 base64 body and a Big5 quoted-printable body, and reports against the decoded lines', async () => {
    const { stdout } = await run([
      'check',
      'test/fixtures/eml/zh-Hans/gb2312-base64.eml',
      'test/fixtures/eml/zh-Hant/big5-qp.eml',
      '--format',
      'json',
    ]);
    const [gb, big5] = JSON.parse(stdout);
    expect(gb.document.writable).toBe(false);
    expect(gb.document.reference).toMatchObject({ source: 'date-header', offsetMinutes: 480 });
    const weekday = gb.messages.find((m: { ruleId: string }) => m.ruleId === 'weekday-mismatch');
    expect(weekday).toMatchObject({ line: 11, column: 6, message: expect.stringContaining('2026年11月29日是星期日') });
    expect(weekday.fix).toBeUndefined();
    expect(weekday.suggestions[0].fix.text).toBe('星期日');
    expect(big5.messages.map((m: { message: string }) => m.message).join('\n')).toContain('「儘快」');
  });
});

describe('exit codes and output', () => {
  it('exits 1 on errors and prints stylish output with a summary', async () => {
    const { code, stdout } = await run(['check', 'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt', '--now', NOW]);
    expect(code).toBe(1);
    expect(stdout).toContain('3:14');
    expect(stdout).toContain('2026年12月5日是星期六，不是「週五」');
    expect(stdout).toContain('fix: "週五" → "週六"');
    expect(stdout).toMatch(/✖ 6 problems \(1 error, 1 warning, 4 info\)/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 0 when only warnings, and 1 when they pass --max-warnings', async () => {
    expect((await run(['check', 'test/fixtures/txt/en/vague-reply.txt', '--now', NOW])).code).toBe(0);
    const over = await run(['check', 'test/fixtures/txt/en/vague-reply.txt', '--now', NOW, '--max-warnings', '2']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('3 warnings, more than --max-warnings 2');
  });

  it('prints nothing and exits 0 for a clean draft', async () => {
    const { code, stdout, stderr } = await run(['check', 'test/fixtures/txt/zh-Hans/clean-message.txt', '--now', NOW]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--quiet reports errors only; --locale renders messages in another language', async () => {
    const quiet = await run([
      'check',
      'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt',
      '--now',
      NOW,
      '--quiet',
      '--format',
      'json',
    ]);
    expect(JSON.parse(quiet.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['weekday-mismatch']);
    const en = await run([
      'check',
      'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt',
      '--now',
      NOW,
      '--locale',
      'en',
    ]);
    expect(en.stdout).toContain('December 5, 2026 is a Saturday, not "週五"');
  });

  it('checks a directory: its drafts, sorted, minding .gitignore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-'));
    writeFileSync(join(dir, '.gitignore'), 'ignored.md\n');
    writeFileSync(join(dir, 'ignored.md'), '我一會兒再打給你。\n');
    writeFileSync(join(dir, 'b.txt'), '我一會兒再打給你。\n');
    writeFileSync(join(dir, 'a.md'), 'Please reply ASAP.\n');
    writeFileSync(join(dir, 'c.js'), 'soon();\n');
    const { stdout } = await run(['check', dir, '--format', 'json', '--now', NOW]);
    expect(JSON.parse(stdout).map((r: { filePath: string }) => r.filePath.replace(`${dir}/`, ''))).toEqual([
      'a.md',
      'b.txt',
    ]);
  });

  it('checks many files in worker threads with the same results, in the same order, as one by one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-parallel-'));
    const drafts = [
      '我一會兒再打給你。',
      'Please reply ASAP.',
      '定于2026年12月5日（周五）召开。',
      'Thanks, received.',
      '# Guide\n\nThe value is computed later.\n',
    ];
    for (let i = 0; i < 90; i++)
      writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.${i % 5 === 4 ? 'md' : 'txt'}`), drafts[i % 5]);
    const { stdout } = await run(['check', dir, '--format', 'json', '--now', NOW], { env: { DRAFTLINT_WORKERS: '2' } });
    const parallel = JSON.parse(stdout).map(
      (r: { filePath: string; messages: { ruleId: string; line: number; column: number }[] }) => [
        r.filePath,
        r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`),
      ],
    );
    const { lintFiles } = await import('../src/index.js');
    const sequential = (await lintFiles([dir], { now: NOW, parallel: false })).results.map((r) => [
      r.filePath,
      r.diagnostics.map((m) => `${m.ruleId}@${m.line}:${m.column}`),
    ]);
    expect(parallel).toEqual(sequential);
    expect(parallel).toHaveLength(90);
  });

  it('reads standard input, with --stdin-filename for the format', async () => {
    const { code, stdout } = await run(['check', '--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], {
      input: '```\nsoon\n```\n\n我一會兒再打給你。\n',
    });
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe('draft.md');
    expect(result.messages.map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['5:2']);
  });

  it('takes recipients from --to, and shows the audience and the people found in the JSON', async () => {
    const input = 'Bob dropped the ball on the release.\n';
    const alone = await run(['check', '--stdin', '--format', 'json', '--to', 'bob@example.com'], { input });
    expect(JSON.parse(alone.stdout)[0].messages).toEqual([]);
    const { stdout } = await run(
      [
        'check',
        '--stdin',
        '--format',
        'json',
        '--to',
        'bob@example.com',
        '--to',
        'Ana <ana@example.com>',
        '--to',
        'all@example.com',
      ],
      { input },
    );
    const [result] = JSON.parse(stdout);
    expect(result.document.audience).toEqual({
      size: 3,
      group: true,
      evidence: ['3 recipients', 'list address all@example.com'],
    });
    expect(result.document.people).toEqual([{ name: 'Bob', line: 1, column: 1, source: 'given-name' }]);
    // A colleague blamed by name before a group is public criticism; the same sentence is not also a complaint.
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['public-criticism']);
  });

  it('writes GitHub Actions annotations, to a file with --output-file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-gh-'));
    const out = join(dir, 'report.txt');
    const { code, stdout } = await run([
      'check',
      'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt',
      '--now',
      NOW,
      '--format',
      'github',
      '--output-file',
      out,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toContain(
      '::error file=test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt,line=3,col=14,endLine=3,endColumn=16,title=draftlint(weekday-mismatch)::2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。',
    );
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(4);
  });

  it('writes SARIF 2.1.0 that passes the SARIF schema, with rule metadata and help links', async () => {
    const { Ajv } = await import('ajv');
    // The SARIF schema is draft-04; its keywords used here read the same under Ajv's default draft.
    const {
      $schema: _,
      id: __,
      ...schema
    } = JSON.parse(
      readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const { code, stdout } = await run([
      'check',
      'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt',
      '--now',
      NOW,
      '--format',
      'sarif',
    ]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.find((r: { id: string }) => r.id === 'weekday-mismatch')).toMatchObject({
      helpUri: 'docs/rules/weekday-mismatch.md',
      defaultConfiguration: { level: 'error' },
    });
    const weekday = run0.results.find((r: { ruleId: string }) => r.ruleId === 'weekday-mismatch');
    expect(weekday).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 16 } } }],
    });
    expect(run0.tool.driver.rules[weekday.ruleIndex].id).toBe('weekday-mismatch');
  });

  it('lists the rules', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual([
      'ambiguous-clock',
      'bad-news-by-mail',
      'mass-complaint',
      'meeting-5w2h',
      'missing-attachment',
      'past-date',
      'public-criticism',
      'relative-date',
      'request-confirmation',
      'time-conflict',
      'vague-time',
      'wall-of-text',
      'weekday-mismatch',
    ]);
  });

  it('shows help with examples', async () => {
    const { code, stdout } = await run(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('--stdin-filename');
    expect(stdout).toContain('Exit codes');
  });
});

describe('bad input', () => {
  it('reports each unreadable input on one line, still checks the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await run([
      'check',
      'test/fixtures/bad/binary.txt',
      'test/fixtures/bad/empty.md',
      'test/fixtures/bad/latin1.txt',
      'test/fixtures/bad/malformed.eml',
      'test/fixtures/bad/unknown-charset.eml',
      'no/such/file.md',
      'test/fixtures/txt/en/vague-reply.txt',
      '--now',
      NOW,
      '--format',
      'json',
    ]);
    expect(code).toBe(2);
    noStackTrace(stderr);
    expect(stderr.trim().split('\n')).toEqual([
      'draftlint: test/fixtures/bad/empty.md: empty file, nothing to check: skipped',
      'draftlint: no/such/file.md: no such file or directory',
      'draftlint: test/fixtures/bad/binary.txt: binary file, not a text draft',
      'draftlint: test/fixtures/bad/latin1.txt: not UTF-8 text (save it as UTF-8, or send it as an .eml with its charset)',
      'draftlint: test/fixtures/bad/malformed.eml: not an email message (RFC 5322): no header fields before the body',
      'draftlint: test/fixtures/bad/unknown-charset.eml: unsupported charset "x-klingon"',
    ]);
    expect(JSON.parse(stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      'test/fixtures/txt/en/vague-reply.txt',
    ]);
  });

  it('skips an empty file with a note: a commit that stages one is not refused for it', async () => {
    const { code, stdout, stderr } = await run([
      'check',
      'test/fixtures/bad/empty.md',
      'test/fixtures/txt/en/vague-reply.txt',
      '--now',
      NOW,
      '--quiet',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('draftlint: test/fixtures/bad/empty.md: empty file, nothing to check: skipped\n');
  });

  it('takes an unknown word for a path, since check is the default command', async () => {
    const { code, stderr } = await run(['frobnicate']);
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'draftlint: frobnicate: no such file or directory\n' });
  });

  it.each([
    [['check', 'x.txt', '--format', 'xml'], /option '-f, --format <name>' argument 'xml' is invalid/],
    [['check', 'x.txt', '--now', 'next friday'], /now: expected an ISO 8601 date/],
    [['check'], /no input: give files, directories or globs, or --stdin/],
    [['check', '--max-warnings', 'many', 'x.txt'], /--max-warnings must be a whole number/],
  ])('%j is a usage error: one line, exit 2', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    noStackTrace(stderr);
    expect(
      stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('draftlint:')).length,
    ).toBe(1);
  });
});

describe('--fix', () => {
  it('writes the right weekday and changes no other byte; a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-fix-'));
    const file = join(dir, 'notice.txt');
    const original = readFileSync(join(root, 'test/fixtures/txt/zh-Hant/notice-wrong-weekday.txt'), 'utf8').replace(
      /\n/g,
      '\r\n',
    );
    writeFileSync(file, original);
    const first = await run(['check', file, '--fix', '--now', NOW]);
    expect(first.code).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(original.replace('（週五）', '（週六）'));
    await run(['check', file, '--fix', '--now', NOW]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('leaves a file with nothing to fix byte for byte as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-fix-'));
    const file = join(dir, 'reply.txt');
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      readFileSync(join(root, 'test/fixtures/txt/en/vague-reply.txt')),
    ]);
    writeFileSync(file, bytes);
    await run(['check', file, '--fix', '--now', NOW]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--fix-dry-run prints a unified diff, .eml included, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-dry-'));
    const text = join(dir, 'notice.txt');
    writeFileSync(text, '會議訂於2026年12月5日（週五）上午10點召開。\n');
    copyFileSync(join(root, 'examples/planning.en.eml'), join(dir, 'planning.eml'));
    const before = [readFileSync(text), readFileSync(join(dir, 'planning.eml'))];
    const { code, stdout, stderr } = await run(['check', dir, '--fix-dry-run', '--now', NOW]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '-會議訂於2026年12月5日（週五）上午10點召開。\n+會議訂於2026年12月5日（週六）上午10點召開。',
    );
    expect(stdout).toContain("-Let's meet the day after tomorrow (Friday) at 10:00");
    expect(stdout).toContain("+Let's meet the day after tomorrow (Sunday) at 10:00"); // --now, not the Date header, is the reference
    // What is left after the fixes is reported on stderr.
    expect(stderr).toContain('planning.eml');
    expect(stderr).not.toContain('weekday-mismatch');
    expect([readFileSync(text), readFileSync(join(dir, 'planning.eml'))]).toEqual(before);
  });

  it('never rewrites an .eml file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftlint-fix-'));
    const file = join(dir, 'mail.eml');
    copyFileSync(join(root, 'test/fixtures/eml/zh-Hant/big5-qp.eml'), file);
    const before = readFileSync(file);
    const { code } = await run(['check', file, '--fix']);
    expect(code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('with --stdin prints the fixed text and reports what is left on stderr', async () => {
    const { stdout, stderr } = await run(['check', '--stdin', '--fix', '--now', NOW], {
      input: '定于2026年12月5日（周五）上午10点见，稍后发资料。\n',
    });
    expect(stdout).toBe('定于2026年12月5日（周六）上午10点见，稍后发资料。\n');
    expect(stderr).toContain('“稍后”不是确切的时间，对方无从确认几点几分');
  });
});
