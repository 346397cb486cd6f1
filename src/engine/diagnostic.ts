import type { Language } from '../document/types.js';
import type { MessageData } from './rule.js';

/** ESLint's numbers: 2 error, 1 warning, and 0 for information (ESLint has no such level; its 0 means off). */
export type SeverityLevel = 0 | 1 | 2;

export interface Fix {
  /** Source offsets (UTF-16 code units), end exclusive. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  messageId: string;
  desc: string;
  fix: Fix;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** The rule failed on this draft (it threw): the message says why; its findings, if any, are lost. */
  fatal?: true;
  data?: MessageData;
  /** The language the message is written in. */
  locale: Language;
  url?: string;
}
