// The library's extract(): parse a draft, build its document and analyses, and read its 5W2H.
import { buildDocument } from '../engine/runner.js';
import { parseInput } from '../input/parse.js';
import { toReference, type LintInput } from '../lint.js';
import type { DocumentKind, Format } from '../document/types.js';
import { extractNotice } from './extract.js';
import type { Extraction } from './types.js';
import { validateZoneOption } from './zone.js';
import type { SegmenterName } from '../analysis/tokens/tokens.js';
import type { ResolvedVocabulary } from '../config/vocabulary.js';

export interface ExtractInputOptions {
  /** Reference time for relative dates (明天, "next Tuesday"). Default: the email's Date header, else the clock. */
  now?: string | Date;
  /** The zone for times written without one: Asia/Taipei, +08:00, PT. */
  tz?: string;
  /** Read the input as this format instead of guessing from the filename. */
  format?: Format;
  /** Treat the draft as this kind instead of detecting it. */
  kind?: DocumentKind;
  /** Seconds the extraction may take, in a checking thread (a draftlint instance's extract). */
  maxFileTime?: number;
  /** The jieba binding (a draftlint instance's). */
  segmenter?: SegmenterName;
  /** The team's vocabulary (a draftlint instance's config). */
  vocabulary?: ResolvedVocabulary;
}

export async function extractFrom(input: LintInput, options: ExtractInputOptions = {}): Promise<Extraction> {
  if (options.tz !== undefined) validateZoneOption(options.tz);
  const { text, filename, headers } =
    typeof input === 'string' ? { text: input, filename: undefined, headers: undefined } : input;
  const parsed = await parseInput(text, filename, options.format, headers);
  const { document, analyses } = buildDocument(parsed, {
    now: toReference(options.now),
    kind: options.kind,
    segmenter: options.segmenter,
    vocabulary: options.vocabulary,
  });
  return { filePath: filename, ...extractNotice(document, analyses, { tz: options.tz }) };
}
