// Which zone a notice's time is in: a zone written in the text wins, then --tz, then the offset of the mail's
// Date header, then the offset of --now, then this computer's zone. The choice is reported with the extraction.
import { clockOffset, lookupZone, offsetsOf } from '../analysis/times/zones.js';
import { isoDate, isoTime, parseOffset, type CalendarDate, type ClockTime } from '../analysis/times/calendar.js';
import type { TimeExpression } from '../analysis/times/types.js';
import type { Document } from '../document/document.js';
import { UsageError } from '../input/errors.js';
import type { ZoneChoice } from './types.js';

export function chooseZone(
  time: TimeExpression,
  document: Document,
  tz: string | undefined,
  date: CalendarDate,
  clock: ClockTime,
): { minutes: number; choice: ZoneChoice } {
  const written = time.timezone && lookupZone(time.timezone.text, document.blocks[time.block].language);
  if (written) return zoneFrom(written.written, offsetsOf(written, date, clock)[0], 'text');
  if (tz !== undefined) return zoneFrom(tz, offsetOfOption(tz, date, clock), 'option');
  const header = document.headers.date ? parseOffset(document.headers.date) : undefined;
  if (header !== undefined)
    return zoneFrom(document.headers.date as string, header, 'date-header', formatIsoOffset(header));
  // --now 2026-12-01T09:00+08:00 says the writer's clock.
  if (document.reference.source === 'option')
    return zoneFrom(formatIsoOffset(document.reference.offsetMinutes), document.reference.offsetMinutes, 'now');
  const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zoneFrom(system, clockOffset(system, date, clock), 'system');
}

function zoneFrom(
  name: string,
  minutes: number,
  source: ZoneChoice['source'],
  label = name,
): { minutes: number; choice: ZoneChoice } {
  return { minutes, choice: { name: label, offset: formatIsoOffset(minutes), source } };
}

/** --tz: an IANA zone (Asia/Taipei), an offset (+08:00, UTC+8) or a name draftlint knows (PT, 北京时间). */
export function offsetOfOption(tz: string, date: CalendarDate, clock: ClockTime): number {
  const offset = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(tz.trim());
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  const known = lookupZone(tz, 'en') ?? lookupZone(tz, 'zh-Hans');
  if (known) return offsetsOf(known, date, clock)[0];
  try {
    return clockOffset(tz, date, clock);
  } catch {
    throw new UsageError(
      `--tz: unknown time zone "${tz}"; give an IANA name such as Asia/Taipei, an offset such as +08:00, or PT, ET, UTC`,
    );
  }
}

export function validateZoneOption(tz: string): void {
  offsetOfOption(tz, { year: 2026, month: 1, day: 1 }, { hour: 12, minute: 0 });
}

export function formatIsoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isoWithOffset(date: CalendarDate, time: ClockTime, minutes: number): string {
  return `${isoDate(date)}T${isoTime(time)}:00${formatIsoOffset(minutes)}`;
}
