export type Language = 'zh-Hant' | 'zh-Hans' | 'en';
export const LANGUAGES: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];

export type Format = 'text' | 'markdown' | 'eml';
export type BlockPart = 'subject' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-cell';
export const BLOCK_PARTS: readonly BlockPart[] = [
  'subject',
  'heading',
  'paragraph',
  'list-item',
  'quote',
  'table-cell',
];
export type DocumentKind = 'meeting-notice' | 'other';

/** A run of block text that stands verbatim at `sourceStart` in the source (or, when `sourceLength` differs, covers it as a whole). */
export interface Segment {
  textStart: number;
  sourceStart: number;
  length: number;
  sourceLength: number;
}

/** A link or bare URL: evidence of an online place even where its target is not prose. */
export interface Link {
  url: string;
  /** Range of the link in block text (the visible text of a Markdown link, or the bare URL itself). */
  start: number;
  end: number;
}

export interface Block {
  index: number;
  part: BlockPart;
  /** Prose only: code, HTML and link targets are left out. */
  text: string;
  language: Language;
  segments: Segment[];
  links: Link[];
}

export interface Address {
  name: string;
  address: string;
}

export interface Headers {
  from?: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  date?: string;
  subject?: string;
}

export interface ParsedInput {
  format: Format;
  filename?: string;
  /** The text that line and column numbers refer to. */
  source: string;
  /** False where the source is a decoded view (a base64 or quoted-printable body): fixes become suggestions. */
  writable: boolean;
  headers: Headers;
  frontMatter?: Record<string, unknown>;
  /** HTML comments and tags of a Markdown draft, where its disable directives live. */
  html?: { start: number; text: string }[];
  /** Files the draft carries; undefined where the format cannot tell (plain text). */
  attachments?: Attachment[];
  blocks: Omit<Block, 'language'>[];
}

export interface Attachment {
  filename: string;
  mimeType?: string;
}
