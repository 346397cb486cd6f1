// An iCalendar VEVENT (RFC 5545) for an extracted notice, written by ical-generator. Times go out in UTC, so any
// calendar reads the same instant without a VTIMEZONE block.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as IcalGenerator from 'ical-generator';
import type { Extraction } from './types.js';

// Loaded on the first invite, not with the library: `check` never pays for it.
const require = createRequire(import.meta.url);
let generator: typeof IcalGenerator | undefined;

export class IncompleteNoticeError extends Error {
  constructor(readonly missing: string[]) {
    super(`cannot write an invite: missing ${missing.join(' and ')}`);
  }
}

const NEEDED: Record<string, string> = {
  when: 'when (a day with a start time)',
  where: 'where (a place, a link or a meeting ID)',
};

export function toICalendar(extraction: Extraction, options: { now?: Date } = {}): string {
  const missing = ['when', 'where']
    .filter((element) => extraction.missing.includes(element))
    .map((element) => NEEDED[element]);
  if (missing.length > 0 || !extraction.when) throw new IncompleteNoticeError(missing);
  const { when, where, who } = extraction;
  const location = [where.place?.value, where.link?.value, where.meetingId && `ID ${where.meetingId.value}`]
    .filter(Boolean)
    .join(' · ');
  const summary = extraction.what?.value ?? (extraction.language === 'en' ? 'Meeting' : '會議');
  const description = [extraction.why?.value, extraction.how?.value, extraction.howMuch.cost?.value, who.contact?.value]
    .filter(Boolean)
    .join('\n');
  const uid = `${createHash('sha256').update(`${when.start}\n${summary}\n${location}`).digest('hex').slice(0, 32)}@draftlint`;
  generator ??= require('ical-generator') as typeof IcalGenerator;
  const calendar = generator.default({
    prodId: { company: 'draftlint', product: 'draftlint', language: extraction.language === 'en' ? 'EN' : 'ZH' },
  });
  calendar.createEvent({
    id: uid,
    stamp: options.now ?? new Date(),
    start: new Date(when.start),
    end: when.end ? new Date(when.end) : undefined,
    summary,
    location: location || undefined,
    description: description || undefined,
    url: where.link?.value,
    status: generator.ICalEventStatus.CONFIRMED,
    organizer: who.organizer?.address ? { name: who.organizer.value, email: who.organizer.address } : undefined,
    attendees: who.attendees
      .filter((person) => person.address)
      .map((person) => ({ name: person.value, email: person.address as string })),
  });
  return calendar.toString();
}
