import type { Block, BlockPart, DocumentKind, Language } from '../document/types.js';
import type { Document } from '../document/document.js';
import type { TimeExpression } from '../analysis/times/types.js';
import type { Token } from '../analysis/tokens/tokens.js';
import type { Audience } from '../analysis/audience/audience.js';
import type { Person } from '../analysis/people/people.js';
import type { ToneMatch, ToneWords } from '../analysis/tone/tone.js';
import type { CalendarDate } from '../analysis/times/calendar.js';
import type { Genre } from '../analysis/genre.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'time' | 'completeness' | 'audience' | 'tone';
export type Analysis = 'tokens' | 'times' | 'audience' | 'people' | 'tone';

/** One text per locale; a missing locale does not compile. */
export type Localized = Record<Language, string>;

/** Values a message shows in the reader's locale: passed as data, rendered by the engine. */
export type MessageValue =
  | string
  | number
  | { type: 'weekday'; value: number }
  | { type: 'date'; value: CalendarDate }
  | { type: 'list'; value: string[] }
  /** Text the rule holds in every locale (a lexicon hint). */
  | { type: 'localized'; value: Partial<Localized> };

export type MessageData = Record<string, MessageValue>;

export interface OptionSpec {
  type: 'number' | 'boolean' | 'string' | 'string-array';
  default: unknown;
  description: string;
}

export interface RuleMeta<MessageId extends string = string> {
  id: string;
  category: Category;
  severity: Severity;
  /** Per-message defaults where one rule reports findings of different weight. */
  messageSeverity?: Partial<Record<MessageId, Severity>>;
  appliesTo: {
    kinds: DocumentKind[] | 'any';
    /** Default: every genre. */
    genres?: Genre[];
    languages: Language[];
    parts: BlockPart[];
    /** Run on a page that is only front matter too (no block of text): its reports use block -1, the front matter. */
    frontMatter?: boolean;
  };
  needs: Analysis[];
  fixable: boolean;
  hasSuggestions: boolean;
  docs: {
    description: Localized;
    url: string;
    /** The key of the principle in the communication principles the rule enforces. */
    principle: string;
  };
  options: Record<string, OptionSpec>;
  messages: Record<MessageId, Localized>;
  /**
   * For a Markdown page that is no meeting notice and names no recipients or attachments: could the rule report
   * anything, judging from the page's Simplified, lower-case raw text? Lets the engine skip parsing pages that
   * cannot be reported on. Leave it out to have every page parsed.
   */
  pageTriggers?: (view: string) => boolean;
}

/** A replacement of a range of one block's text; the engine maps it to the source. */
export interface Edit {
  block: number;
  start: number;
  end: number;
  text: string;
  /**
   * Insert `text` as a line of its own, before the line holding `start` (with that line's indentation and list or
   * quote marker) or after it; the engine supplies the source's own line ending.
   */
  insertLine?: 'before' | 'after';
}

export interface SuggestionReport {
  messageId: string;
  data?: MessageData;
  edits: Edit[];
}

export interface Report {
  messageId: string;
  data?: MessageData;
  block: number;
  /** Range in the block's text. */
  start: number;
  end: number;
  fix?: Edit[];
  suggestions?: SuggestionReport[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  document: Document;
  /** Blocks the rule applies to (its parts and languages). */
  blocks: Block[];
  options: Options;
  times(): TimeExpression[];
  tokens(block: Block): Token[];
  audience(): Audience;
  people(): Person[];
  tone(block: Block, words?: ToneWords): ToneMatch[];
  report(report: Report): void;
}

export interface Rule<MessageId extends string = string, Options = Record<string, unknown>> {
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<Options>): void;
}

/** Keeps a rule's literal types while checking it against the Rule shape. */
export function defineRule<MessageId extends string, Options>(rule: Rule<MessageId, Options>): Rule<MessageId, Options> {
  return rule;
}
