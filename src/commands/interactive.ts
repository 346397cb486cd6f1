// `draftlint check --interactive`: on a terminal, ask the writer for each missing element a rule can only
// leave blank (an error whose suggestion is a line with ____ to fill in: a meeting's start, its place), write
// the completed lines into the draft, check it again, and offer the calendar invite.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Diagnostic, Fix } from '../engine/diagnostic.js';
import { applyEdits } from '../engine/fix.js';
import type { Language } from '../document/types.js';
import { writeBack } from '../write-back.js';
import { formatters } from '../formatters/index.js';
import { toICalendar } from '../index.js';
import type { Draftlint } from '../draftlint.js';
import { halfAnswer, settleClock } from '../extract/settle-clock.js';
import { UsageError } from '../input/errors.js';
import type { LintFilesOptions } from '../files.js';
import type { LintResult } from '../lint.js';

const BLANK = /_{2,}|__:__/;

const WORDS: Record<
  Language,
  { fill: string; skip: string; written: string; invite: string; inviteWritten: string; nothing: string; half: string }
> = {
  en: {
    fill: 'Fill in (Enter to skip): ',
    skip: 'Skipped.',
    written: 'Written into {file}. Checked again:',
    invite: 'Write a calendar invite to {file}? [y/N] ',
    inviteWritten: 'Invite written to {file}.',
    nothing: '{file}: nothing to fill in.',
    half: '"{clock}": morning or afternoon? [am/pm] ',
  },
  'zh-Hant': {
    fill: '請填寫（直接按 Enter 跳過）：',
    skip: '已跳過。',
    written: '已寫入 {file}，重新檢查的結果：',
    invite: '要把行事曆邀請寫到 {file} 嗎？[y/N] ',
    inviteWritten: '邀請已寫到 {file}。',
    nothing: '{file}：沒有需要填寫的項目。',
    half: '「{clock}」是上午還是下午？[上午/下午] ',
  },
  'zh-Hans': {
    fill: '请填写（直接按回车跳过）：',
    skip: '已跳过。',
    written: '已写入 {file}，重新检查的结果：',
    invite: '要把日历邀请写到 {file} 吗？[y/N] ',
    inviteWritten: '邀请已写到 {file}。',
    nothing: '{file}：没有需要填写的项目。',
    half: '“{clock}”是上午还是下午？[上午/下午] ',
  },
};

export interface InteractiveIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

export async function interactive(
  draftlint: Draftlint,
  paths: string[],
  options: LintFilesOptions & { color: boolean },
  io: InteractiveIo,
): Promise<number> {
  if (!(io.stdin as NodeJS.ReadStream).isTTY || !(io.stdout as NodeJS.WriteStream).isTTY)
    throw new UsageError('--interactive asks questions: it needs a terminal on standard input and output');
  if (paths.length === 0) throw new UsageError('--interactive needs the drafts to complete: give their paths');
  const { results, errors } = await draftlint.lintFiles(paths, options);
  if (errors.length) throw new UsageError(`${errors[0].filePath}: ${errors[0].reason}`);
  const prompt = lineQueue(io);
  try {
    let failed = false;
    for (const result of results) failed = (await complete(draftlint, result, options, prompt, io)) || failed;
    return failed ? 1 : 0;
  } finally {
    prompt.close();
    // The terminal is read no more: it must not keep the process waiting for input once the questions are done.
    (io.stdin as NodeJS.ReadStream).pause?.();
    (io.stdin as NodeJS.ReadStream & { unref?: () => void }).unref?.();
  }
}

interface Prompt {
  question(text: string): Promise<string>;
  close(): void;
}

/** Answers typed (or pasted) ahead of their question wait in a queue; at the end of input every question gets "". */
function lineQueue(io: InteractiveIo): Prompt {
  const lines = createInterface({ input: io.stdin, output: io.stdout, terminal: true });
  const queued: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let closed = false;
  lines.on('line', (line) => (waiting.length ? (waiting.shift() as (line: string) => void)(line) : queued.push(line)));
  lines.on('close', () => {
    closed = true;
    for (const resolve of waiting.splice(0)) resolve('');
  });
  return {
    question(text) {
      // A closed interface (the input ended, answers typed ahead) must not prompt: that would resume standard input
      // and keep the process alive after its work is done.
      if (closed) {
        io.stdout.write(text);
        return Promise.resolve(queued.shift() ?? '');
      }
      lines.setPrompt(text);
      lines.prompt();
      if (queued.length) return Promise.resolve(queued.shift() as string);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => lines.close(),
  };
}

/** Asks, writes, re-checks and offers the invite for one draft; true when errors remain. */
async function complete(
  draftlint: Draftlint,
  result: LintResult,
  options: LintFilesOptions & { color: boolean },
  prompt: Prompt,
  io: InteractiveIo,
): Promise<boolean> {
  const file = result.filePath as string;
  const words = WORDS[result.document.language];
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const blanks = result.diagnostics.filter(
    (d) => d.severity === 2 && d.suggestions?.some((s) => BLANK.test(s.fix.text)),
  );
  if (file.toLowerCase().endsWith('.eml'))
    throw new UsageError(
      `${file}: --interactive writes into the draft, and .eml files are never rewritten; use draftlint extract`,
    );
  if (blanks.length === 0) {
    say(words.nothing.replace('{file}', file));
    return result.errorCount > 0;
  }
  const fixes: Fix[] = [];
  for (const diagnostic of blanks) {
    const template = (diagnostic.suggestions ?? []).find((s) => BLANK.test(s.fix.text)) as NonNullable<
      Diagnostic['suggestions']
    >[number];
    say(`\n${diagnostic.line}:${diagnostic.column}  ${diagnostic.message}`);
    say(`  ${template.fix.text.trim()}`);
    const answer = (await prompt.question(words.fill)).trim();
    if (!answer) {
      say(words.skip);
      continue;
    }
    fixes.push({ range: template.fix.range, text: filled(template.fix.text, answer) });
  }
  if (fixes.length === 0) return result.errorCount > 0;
  const original = readFileSync(file);
  await writeBack(file, applyEdits(result.source, fixes).output, original, file, [process.cwd()]);
  const { results } = await draftlint.lintFiles([file], options);
  const rules = await draftlint.rulesFor(file);
  say(`\n${words.written.replace('{file}', file)}`);
  say(formatters.stylish({ results, color: options.color, fixed: false, rules, version: '' }) || '✔');
  const extraction = await draftlint.extract({ text: results[0].source, filename: file }, { now: options.now });
  if (extraction.when && !extraction.missing.includes('where')) {
    const target = join(dirname(file), `${basename(file, extname(file))}.ics`);
    const yes = /^y(es)?$|^是$|^好$/i.test((await prompt.question(words.invite.replace('{file}', target))).trim());
    // 明天3点: the invite needs the half of the day the notice does not say.
    const clock = extraction.when.clock;
    const half =
      yes && clock ? halfAnswer(await prompt.question(words.half.replace('{clock}', clock.written))) : undefined;
    if (yes && clock && !half) say(words.skip);
    else if (yes) {
      writeFileSync(target, toICalendar(settleClock(extraction, half)));
      say(words.inviteWritten.replace('{file}', target));
    }
  }
  return results[0].errorCount > 0;
}

/** 「時間：2026年12月16日（星期三）__:__–__:__」 with "上午9:00至10:30": the text before the first blank, then the answer. */
function filled(line: string, answer: string): string {
  const first = line.search(BLANK);
  const lineEnd = line.search(/\r?\n/);
  const end = lineEnd === -1 ? line.length : lineEnd;
  return line.slice(0, first) + answer + line.slice(end);
}
