import type { Extraction } from './types.js';
/** The notice's times read in the half of the day the user chose for a clock that does not say (明天3点). */
export declare function settleClock(extraction: Extraction, half: 'am' | 'pm' | undefined): Extraction;
/** am, pm, a, p, 上午, 下午, 早上, 晚上 as typed by a user; undefined for anything else. */
export declare function halfAnswer(answer: string): 'am' | 'pm' | undefined;
