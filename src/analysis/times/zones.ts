// Time zones as notices write them (PT, EDT, UTC, 北京时间, GMT+8, UTC+08:00) and the UTC offset each means on a
// given day. Daylight-saving rules come from the ICU data in Node (Intl), not from a table of our own.
import type { Language } from '../../document/types.js';
import type { CalendarDate, ClockTime } from './calendar.js';

/**
 * `generic`: the zone's offset on the day (PT is PST in winter, PDT in summer); `standard` / `daylight`: one half
 * of a zone that changes (EST, EDT); `fixed`: one offset all year (UTC, JST, 北京时间, GMT+8).
 */
export interface Zone {
  written: string;
  kind: 'generic' | 'standard' | 'daylight' | 'fixed';
  /** The IANA zone whose clock it names, when it names one. */
  iana?: string;
  /** Minutes east of UTC, for standard, daylight and fixed zones. */
  offset?: number;
}

const H = 60;
const ABBREVIATIONS: Record<string, Omit<Zone, 'written'>> = {
  UTC: { kind: 'fixed', offset: 0 },
  GMT: { kind: 'fixed', offset: 0 },
  Z: { kind: 'fixed', offset: 0 },
  ET: { kind: 'generic', iana: 'America/New_York' },
  EST: { kind: 'standard', iana: 'America/New_York', offset: -5 * H },
  EDT: { kind: 'daylight', iana: 'America/New_York', offset: -4 * H },
  CT: { kind: 'generic', iana: 'America/Chicago' },
  CST: { kind: 'standard', iana: 'America/Chicago', offset: -6 * H },
  CDT: { kind: 'daylight', iana: 'America/Chicago', offset: -5 * H },
  MT: { kind: 'generic', iana: 'America/Denver' },
  MST: { kind: 'standard', iana: 'America/Denver', offset: -7 * H },
  MDT: { kind: 'daylight', iana: 'America/Denver', offset: -6 * H },
  PT: { kind: 'generic', iana: 'America/Los_Angeles' },
  PST: { kind: 'standard', iana: 'America/Los_Angeles', offset: -8 * H },
  PDT: { kind: 'daylight', iana: 'America/Los_Angeles', offset: -7 * H },
  CET: { kind: 'standard', iana: 'Europe/Berlin', offset: 1 * H },
  CEST: { kind: 'daylight', iana: 'Europe/Berlin', offset: 2 * H },
  BST: { kind: 'daylight', iana: 'Europe/London', offset: 1 * H },
  IST: { kind: 'fixed', offset: 5 * H + 30 },
  JST: { kind: 'fixed', offset: 9 * H },
  KST: { kind: 'fixed', offset: 9 * H },
  AEST: { kind: 'standard', iana: 'Australia/Sydney', offset: 10 * H },
  AEDT: { kind: 'daylight', iana: 'Australia/Sydney', offset: 11 * H },
};

// Written in Chinese, CST is China Standard Time.
const CHINA: Omit<Zone, 'written'> = { kind: 'fixed', offset: 8 * H };
const CHINESE_NAMES = /^(?:北京|台北|臺北|台湾|台灣|臺灣|香港|澳门|澳門)[时時][间間]$|^[东東]八[区區]$/;

/** The zone a written name stands for, or undefined for one it does not know. */
export function lookupZone(written: string, language: Language): Zone | undefined {
  const text = written.replace(/\s+/g, '');
  if (CHINESE_NAMES.test(text)) return { written, ...CHINA };
  const withOffset = /^(?:UTC|GMT)([+-−])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (withOffset) {
    const minutes = Number(withOffset[2]) * H + Number(withOffset[3] ?? 0);
    return { written, kind: 'fixed', offset: withOffset[1] === '+' ? minutes : -minutes };
  }
  const upper = text.toUpperCase();
  if (upper === 'CST' && language !== 'en') return { written, ...CHINA };
  const known = ABBREVIATIONS[upper];
  return known && { written, ...known };
}

/** The offset (minutes east of UTC) the zone's own clock has at that wall time, from ICU. */
export function clockOffset(iana: string, date: CalendarDate, time: ClockTime): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Two passes: the offset at the guessed instant, then at the instant that offset gives.
  let offset = offsetAtInstant(iana, wall);
  offset = offsetAtInstant(iana, wall - offset * 60_000);
  return offset;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetAtInstant(iana: string, instant: number): number {
  let format = formatters.get(iana);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' });
    formatters.set(iana, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? minutes : -minutes;
}

/**
 * The offsets a written zone may mean at that wall time: the one its name gives, and for a standard name in
 * summer (EST in July, CET in August, as many write all year) also the zone's clock. With no day (a weekly
 * meeting, a page with no date), the zone's clock in either season.
 */
export function offsetsOf(zone: Zone, date: CalendarDate | undefined, time: ClockTime): number[] {
  if (zone.kind === 'fixed' || zone.kind === 'daylight' || !zone.iana) return [zone.offset as number];
  const iana = zone.iana;
  const clocks = date
    ? [clockOffset(iana, date, time)]
    : [1, 7].map((month) => clockOffset(iana, { year: 2026, month, day: 15 }, time));
  return [...new Set(zone.kind === 'standard' ? [zone.offset as number, ...clocks] : clocks)];
}

/** For EDT, PDT, CEST, BST, AEDT: the offset the zone's clock really has that day, when it is not the name's. */
export function daylightOutOfSeason(zone: Zone, date: CalendarDate, time: ClockTime): number | undefined {
  if (zone.kind !== 'daylight' || !zone.iana) return undefined;
  const actual = clockOffset(zone.iana, date, time);
  return actual === zone.offset ? undefined : actual;
}

/** The standard name for a daylight one: EDT → EST, CEST → CET, BST → GMT. */
export function standardName(zone: Zone): string | undefined {
  const name = zone.written.trim().toUpperCase();
  return { EDT: 'EST', CDT: 'CST', MDT: 'MST', PDT: 'PST', CEST: 'CET', BST: 'GMT', AEDT: 'AEST' }[name];
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
