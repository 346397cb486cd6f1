// What a document is, decided once: its genre, whether it is a meeting notice (with a score and the reasons),
// a standing or one-off meeting, whether the page carries its own date, and its audience. The pre-scan, every
// rule, extract and the JSON output read this; none decides again.
import type { Block, DocumentKind, ParsedInput } from '../document/types.js';
import { kindFromFrontMatter } from '../document/document.js';
import type { Analyses } from './analyses.js';
import { decideGenre, type Genre } from './genre.js';
import { decideKind } from './meeting/kind.js';
import type { CalendarDate, Reference } from './times/calendar.js';

export interface DocumentProfile {
  genre: Genre;
  kind: DocumentKind;
  /** How strongly the signals say "meeting notice"; 0 where the kind was set rather than detected. */
  score: number;
  /** The signals that decided the kind, or where it was set. */
  reasons: string[];
  /** For a notice: one meeting on one day, or a standing meeting that repeats. */
  meeting?: 'one-off' | 'standing';
  /** The page carries its own date (front matter, its file name, a dated title), which relative days hang on. */
  dated: boolean;
  /**
   * Who reads it: a group, how many recipients, and whether it is open to anyone — a page (a SIG's meetings section,
   * an event page) calls whoever reads it, so there is nobody in particular to confirm attendance.
   */
  audience: { group: boolean; size: number; open: boolean };
}

export interface ProfileInput {
  parsed: ParsedInput;
  blocks: Block[];
  analyses: Analyses;
  reference: Reference;
  documentDate?: CalendarDate;
  /** --kind, or the library's `kind` option. */
  kind?: DocumentKind;
}

export function profileDocument({
  parsed,
  blocks,
  analyses,
  reference,
  documentDate,
  kind,
}: ProfileInput): DocumentProfile {
  const genre = decideGenre(parsed.format, blocks, analyses.times(), parsed.filename);
  const profile = (decided: Pick<DocumentProfile, 'kind' | 'score' | 'reasons' | 'meeting'>): DocumentProfile => ({
    genre,
    ...decided,
    dated: documentDate !== undefined,
    // A getter: the audience costs jieba's dictionary, which a page that is no notice should not load.
    get audience() {
      const audience = analyses.audience();
      return { group: audience.group, size: audience.size, open: genre === 'page' };
    },
  });
  const fromFrontMatter = kindFromFrontMatter(parsed.frontMatter);
  const detect = () =>
    decideKind({
      format: parsed.format,
      filename: parsed.filename,
      frontMatter: parsed.frontMatter,
      audience: () => analyses.audience(),
      blocks,
      source: parsed.source,
      times: analyses.times(),
      reference,
      tokensOf: (block) => analyses.tokens(block),
    });
  if (kind || fromFrontMatter) {
    const set = (kind ?? fromFrontMatter) as DocumentKind;
    // Still asked, for whether the meeting stands or is one-off.
    const detected = set === 'meeting-notice' ? detect() : undefined;
    const reasons = [kind ? 'set by the kind option' : 'set in front matter (draftlint.kind)'];
    return profile({
      kind: set,
      score: 0,
      reasons,
      meeting: set === 'meeting-notice' ? (detected?.meeting ?? 'one-off') : undefined,
    });
  }
  if (genre === 'log') {
    return profile({
      kind: 'other',
      score: 0,
      reasons: ['a log of dated sections (minutes, a changelog): it records meetings, it does not call one'],
    });
  }
  const decided = detect();
  return profile(decided);
}
