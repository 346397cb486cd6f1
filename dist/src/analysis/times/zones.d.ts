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
/** The zone a written name stands for, or undefined for one it does not know. */
export declare function lookupZone(written: string, language: Language): Zone | undefined;
/** The offset (minutes east of UTC) the zone's own clock has at that wall time, from ICU. */
export declare function clockOffset(iana: string, date: CalendarDate, time: ClockTime): number;
/**
 * The offsets a written zone may mean at that wall time: the one its name gives, and for a standard name in
 * summer (EST in July, CET in August, as many write all year) also the zone's clock. With no day (a weekly
 * meeting, a page with no date), the zone's clock in either season.
 */
export declare function offsetsOf(zone: Zone, date: CalendarDate | undefined, time: ClockTime): number[];
/** For EDT, PDT, CEST, BST, AEDT: the offset the zone's clock really has that day, when it is not the name's. */
export declare function daylightOutOfSeason(zone: Zone, date: CalendarDate, time: ClockTime): number | undefined;
/** The standard name for a daylight one: EDT → EST, CEST → CET, BST → GMT. */
export declare function standardName(zone: Zone): string | undefined;
export declare function formatOffset(minutes: number): string;
