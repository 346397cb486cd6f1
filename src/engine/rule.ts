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

/** One option of a rule: its type, default and allowed values, declared once for validation, types and the schema. */
export type OptionSpec =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string-array'; default: readonly string[]; description: string };

export type OptionSpecs = Record<string, OptionSpec>;

/** The value an option takes, from its declaration. */
export type OptionValue<S extends OptionSpec> = S extends { type: 'number' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'string' }
      ? string
      : string[];

/** A rule's options as its check sees them: every declared option, defaulted and validated. */
export type OptionsOf<O extends OptionSpecs> = { [K in keyof O]: OptionValue<O[K]> };

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
  options: OptionSpecs;
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

export interface SuggestionReport<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  edits: Edit[];
}

export interface Report<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  block: number;
  /** Range in the block's text. */
  start: number;
  end: number;
  fix?: Edit[];
  suggestions?: SuggestionReport<MessageId>[];
}

export interface RuleContext<Options = Record<string, unknown>, MessageId extends string = string> {
  document: Document;
  /** Blocks the rule applies to (its parts and languages). */
  blocks: Block[];
  options: Options;
  times(): TimeExpression[];
  tokens(block: Block): Token[];
  audience(): Audience;
  people(): Person[];
  tone(block: Block, words?: ToneWords): ToneMatch[];
  report(report: Report<MessageId>): void;
}

/** A rule as the engine holds it: any rule's message ids and options, checked at run time against its meta. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** What a rule module declares: its messages and options give the types its check works with. */
export interface RuleDefinition<Messages extends Record<string, Localized>, Options extends OptionSpecs> {
  meta: Omit<RuleMeta<keyof Messages & string>, 'messages' | 'options'> & { messages: Messages; options: Options };
  check(context: RuleContext<OptionsOf<Options>, keyof Messages & string>): void;
}

/**
 * Declares a rule: message ids and option types are inferred from `meta.messages` and `meta.options`, so a report
 * with an unknown message id or a read of an undeclared option does not compile. The engine validates options against
 * the same declaration before the check runs, which is what makes the narrowing below sound.
 */
export function defineRule<
  const Messages extends Record<string, Localized>,
  const Options extends OptionSpecs = Record<never, never>,
>(rule: RuleDefinition<Messages, Options>): Rule {
  return {
    meta: rule.meta,
    check: (context) => rule.check(context as RuleContext<OptionsOf<Options>, keyof Messages & string>),
  };
}
