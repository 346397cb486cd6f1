// The rule registry: id → rule, in the order rules run and are listed.
import type { Rule } from '../src/engine/rule.js';
import { ambiguousClock } from './ambiguous-clock/ambiguous-clock.js';
import { badNewsByMail } from './bad-news-by-mail/bad-news-by-mail.js';
import { massComplaint } from './mass-complaint/mass-complaint.js';
import { meeting5w2h } from './meeting-5w2h/meeting-5w2h.js';
import { missingAttachment } from './missing-attachment/missing-attachment.js';
import { pastDate } from './past-date/past-date.js';
import { publicCriticism } from './public-criticism/public-criticism.js';
import { relativeDate } from './relative-date/relative-date.js';
import { requestConfirmation } from './request-confirmation/request-confirmation.js';
import { timeConflict } from './time-conflict/time-conflict.js';
import { vagueTime } from './vague-time/vague-time.js';
import { wallOfText } from './wall-of-text/wall-of-text.js';
import { weekdayMismatch } from './weekday-mismatch/weekday-mismatch.js';

export const rules: Record<string, Rule> = {
  'ambiguous-clock': ambiguousClock,
  'bad-news-by-mail': badNewsByMail,
  'mass-complaint': massComplaint,
  'meeting-5w2h': meeting5w2h,
  'missing-attachment': missingAttachment,
  'past-date': pastDate,
  'public-criticism': publicCriticism,
  'relative-date': relativeDate,
  'request-confirmation': requestConfirmation,
  'time-conflict': timeConflict,
  'vague-time': vagueTime,
  'wall-of-text': wallOfText,
  'weekday-mismatch': weekdayMismatch,
};

export { PRESETS as presets } from './presets.js';

/** Rules on by default, at their own severities. */
export const recommended: string[] = Object.keys(rules);
