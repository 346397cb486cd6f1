import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';
import type { Language } from '../../document/types.js';
import { simplify } from '../script/han.js';

export type LexiconLanguage = 'zh' | 'en';

export type ExceptionKind = 'alternation' | 'followed-by' | 'preceded-by' | 'sentence-has';

/** A context in which a form does not mean what the entry flags. */
export interface LexiconException {
  kind: ExceptionKind;
  patterns: string[];
  /** Why the exception exists, quoting the sentence that needed it. */
  why?: string;
}

export interface LexiconEntry {
  id: string;
  forms: string[];
  /** 0–2, how sure a match is a real problem; rules skip entries below their `minConfidence`. */
  confidence: number;
  /** Also flag it in documentation pages, not only in messages: true for words that never describe software. */
  pages: boolean;
  /** A form only one region uses. */
  region?: 'zh-Hant' | 'zh-Hans';
  exceptions: LexiconException[];
  hint?: Partial<Record<Language, string>>;
  note?: string;
  examples: { flag: string[]; allow: string[] };
  /** Where the entry was defined, for error messages. */
  origin: string;
}

export class LexiconError extends Error {}

const KINDS: ExceptionKind[] = ['alternation', 'followed-by', 'preceded-by', 'sentence-has'];

/** Reads and validates a lexicon file; errors name the file and line. */
const cache = new Map<string, Record<string, LexiconEntry[]>>();

/** Reads and validates a lexicon file once; each top-level key is a list of entries. Errors name the file and line. */
export function loadLexicon(url: URL | string): Record<string, LexiconEntry[]> {
  const path = typeof url === 'string' ? url : fileURLToPath(url);
  let lexicon = cache.get(path);
  if (!lexicon) {
    // The build compiles each lexicon to JSON beside it (validated when compiled): no YAML parser at start-up.
    const compiled = path.replace(/\.yaml$/, '.json');
    lexicon =
      compiled !== path && existsSync(compiled)
        ? fromJson(JSON.parse(readFileSync(compiled, 'utf8')), path)
        : parseLexicon(readFileSync(path, 'utf8'), path);
    cache.set(path, lexicon);
  }
  return lexicon;
}

function fromJson(data: Record<string, unknown[]>, origin: string): Record<string, LexiconEntry[]> {
  const seen = new Set<string>();
  return Object.fromEntries(
    Object.entries(data).map(([key, items]) => [key, items.map((item) => validateEntry(item, origin, seen))]),
  );
}

const require = createRequire(import.meta.url);

export function parseLexicon(text: string, origin: string): Record<string, LexiconEntry[]> {
  const { parseDocument, isMap, isSeq, LineCounter } = require('yaml') as typeof Yaml;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length)
    throw new LexiconError(
      `${origin}:${lines.linePos(doc.errors[0].pos[0]).line}: ${doc.errors[0].message.split('\n')[0]}`,
    );
  if (!isMap(doc.contents)) throw new LexiconError(`${origin}: expected a mapping of entry lists`);
  const out: Record<string, LexiconEntry[]> = {};
  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!isSeq(pair.value)) throw new LexiconError(`${origin}: "${key}" must be a list of entries`);
    out[key] = parseEntries(pair.value.items, origin, lines, seen);
  }
  return out;
}

function parseEntries(items: unknown[], origin: string, lines: Yaml.LineCounter, seen: Set<string>): LexiconEntry[] {
  const { isMap } = require('yaml') as typeof Yaml;
  return items.map((item) => {
    const line = isMap(item) && item.range ? lines.linePos(item.range[0]).line : 0;
    const where = `${origin}:${line}`;
    return validateEntry((item as { toJSON(): unknown }).toJSON(), where, seen);
  });
}

export function validateEntry(raw: unknown, where: string, seen = new Set<string>()): LexiconEntry {
  const fail = (why: string): never => {
    throw new LexiconError(`${where}: ${why}`);
  };
  if (!raw || typeof raw !== 'object') fail('an entry must be a mapping');
  const entry = raw as Record<string, unknown>;
  const id = entry.id;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    fail(`entry id must be kebab-case ASCII, got ${JSON.stringify(id)}`);
  if (seen.has(id as string)) fail(`duplicate entry id "${id}"`);
  seen.add(id as string);
  const forms = entry.forms;
  if (!Array.isArray(forms) || forms.length === 0 || !forms.every((f) => typeof f === 'string' && f.trim() !== ''))
    fail(`entry "${id}": forms must be a non-empty list of strings`);
  const confidence = entry.confidence ?? 1;
  if (typeof confidence !== 'number' || ![0, 1, 2].includes(confidence))
    fail(`entry "${id}": confidence must be 0, 1 or 2`);
  if (entry.pages !== undefined && typeof entry.pages !== 'boolean') fail(`entry "${id}": pages must be true or false`);
  if (entry.region !== undefined && entry.region !== 'zh-Hant' && entry.region !== 'zh-Hans')
    fail(`entry "${id}": region must be zh-Hant or zh-Hans`);
  const exceptions = (entry.exceptions ?? []) as unknown[];
  if (!Array.isArray(exceptions)) fail(`entry "${id}": exceptions must be a list`);
  const parsedExceptions = exceptions.map((exception) => {
    const e = exception as Record<string, unknown>;
    if (!KINDS.includes(e?.kind as ExceptionKind))
      fail(`entry "${id}": exception kind must be one of ${KINDS.join(', ')}`);
    const patterns = (e.patterns ?? []) as unknown[];
    if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string'))
      fail(`entry "${id}": exception patterns must be strings`);
    if (e.kind !== 'alternation' && patterns.length === 0) fail(`entry "${id}": a ${e.kind} exception needs patterns`);
    return {
      kind: e.kind as ExceptionKind,
      patterns: patterns as string[],
      why: typeof e.why === 'string' ? e.why : undefined,
    };
  });
  const examples = (entry.examples ?? {}) as { flag?: unknown; allow?: unknown };
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    id: id as string,
    forms: forms as string[],
    confidence: confidence as number,
    pages: entry.pages === true,
    region: entry.region as LexiconEntry['region'],
    exceptions: parsedExceptions,
    hint: entry.hint as LexiconEntry['hint'],
    note: typeof entry.note === 'string' ? entry.note : undefined,
    examples: { flag: list(examples.flag), allow: list(examples.allow) },
    origin: where,
  };
}

/** The form as matched: Chinese forms against the Simplified view, English ones case-insensitively. */
export function normaliseForm(form: string, language: LexiconLanguage): string {
  return language === 'zh' ? simplify(form) : form.toLowerCase();
}
