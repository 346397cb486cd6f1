import { readFile, stat, writeFile, rename } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { EXTENSIONS } from './input/parse.js';
import { InputError } from './input/errors.js';
import type { LintOptions, LintResult } from './lint.js';

export interface FileError {
  filePath: string;
  reason: string;
}

export interface FilesResult {
  results: LintResult[];
  /** Inputs that could not be read or parsed, each with a one-line reason. */
  errors: FileError[];
}

export interface LintFilesOptions extends LintOptions {
  /** Apply fixes and write them back (text and Markdown files; an .eml is never rewritten). */
  fix?: boolean;
  cwd?: string;
}

const DRAFT_GLOB = `**/*.{${Object.keys(EXTENSIONS).map((ext) => ext.slice(1)).join(',')}}`;

/** Files, directories (their drafts, minding .gitignore) and globs, in a stable order; what cannot be found is an error. */
export async function expandPaths(patterns: string[], cwd = process.cwd()): Promise<{ files: string[]; errors: FileError[] }> {
  const files = new Set<string>();
  const errors: FileError[] = [];
  const { globby, isDynamicPattern } = await import('globby');
  for (const pattern of patterns) {
    const info = await stat(resolve(cwd, pattern)).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await globby(DRAFT_GLOB, { cwd: resolve(cwd, pattern), gitignore: true, dot: false, absolute: false });
      for (const file of found.sort()) files.add(join(pattern, file));
    } else if (info) {
      files.add(pattern);
    } else if (isDynamicPattern(pattern)) {
      const found = await globby(pattern, { cwd, gitignore: true });
      if (found.length === 0) errors.push({ filePath: pattern, reason: 'no files match this pattern' });
      for (const file of found.sort()) files.add(file);
    } else {
      errors.push({ filePath: pattern, reason: 'no such file or directory' });
    }
  }
  return { files: [...files], errors };
}

type Linter = (input: { text: Uint8Array; filename: string }, options: LintOptions) => Promise<LintResult>;

export async function lintFilesWith(lint: Linter, fix: Linter, patterns: string[], options: LintFilesOptions = {}): Promise<FilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const { files, errors } = await expandPaths(patterns, cwd);
  const results: LintResult[] = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    try {
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(error.code === 'EISDIR' ? 'is a directory' : error.code === 'EACCES' ? 'permission denied' : error.message, file);
      });
      if (bytes.length === 0) throw new InputError('empty file, nothing to check', file);
      const canWrite = options.fix && !file.toLowerCase().endsWith('.eml');
      const result = await (canWrite ? fix : lint)({ text: bytes, filename: file }, options);
      if (result.output !== undefined) await writeAtomically(path, result.output);
      results.push(result);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push({ filePath: file, reason: error.reason });
    }
  }
  return { results, errors };
}

/** Temporary file, then rename: a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const info = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.draftlint-${process.pid}.tmp`);
  await writeFile(temporary, text, { mode: info.mode });
  await rename(temporary, path);
}
