import type { Block, DocumentKind, Format, Headers } from '../../document/types.js';
import { matchLexicon } from '../lexicon/matcher.js';
import type { Token } from '../tokens/tokens.js';
import { compareDates, referenceDate, type Reference } from '../times/calendar.js';
import type { TimeExpression } from '../times/types.js';
import { meetingLexicon } from './places.js';

export interface KindDecision {
  kind: DocumentKind;
  /** The signals that decided it, as `signal: "text"`, so the output can explain the kind. */
  reasons: string[];
}

interface KindInput {
  format: Format;
  headers: Headers;
  blocks: Block[];
  times: TimeExpression[];
  reference: Reference;
  tokensOf: (block: Block) => Token[];
}

/**
 * A meeting notice names a meeting and, of three cues — an invitation or notice word, an audience, an upcoming
 * one-off time — shows at least two. A message (not a Markdown page) with a meeting word and an upcoming time
 * is one too: 「明天下午三點開會」. A page that only talks about meetings is not: 「会议纪要模板：请在会后填写参会人和结论」.
 */
export function decideKind(input: KindInput): KindDecision {
  const found = (group: string) => {
    for (const block of input.blocks) {
      const language = block.language === 'en' ? 'en' : 'zh';
      const entries = [...meetingLexicon(language)[group], ...meetingLexicon(language === 'en' ? 'zh' : 'en')[group]];
      const match = matchLexicon(entries, block.text, language, language === 'zh' ? input.tokensOf(block) : undefined)[0];
      if (match) return { block, text: match.text };
    }
    return undefined;
  };
  const reasons: string[] = [];
  const meeting = found('meeting-words');
  if (!meeting) return { kind: 'other', reasons: ['no meeting word'] };
  reasons.push(`meeting word: "${meeting.text}"`);

  let cues = 0;
  const notice = found('notice-cues');
  if (notice) {
    cues++;
    reasons.push(`notice cue: "${notice.text}"`);
  }
  const audience = found('audience-cues');
  const recipients = input.headers.to.length + input.headers.cc.length + input.headers.bcc.length;
  if (audience || recipients > 0) {
    cues++;
    reasons.push(audience ? `audience: "${audience.text}"` : `recipients: ${recipients}`);
  }
  const today = referenceDate(input.reference);
  const upcoming = input.times.find((time) => !time.recurring && time.date && compareDates(time.date, today) >= 0);
  if (upcoming) {
    cues++;
    reasons.push(`upcoming time: "${upcoming.text}"`);
  }
  if (meeting.block.part === 'subject') {
    cues++;
    reasons.push('meeting word in the subject');
  }
  const isMessage = input.format !== 'markdown';
  const kind: DocumentKind = cues >= 2 || (isMessage && upcoming) ? 'meeting-notice' : 'other';
  return { kind, reasons };
}
