/** A clock time on the 24-hour clock: 15:00, 09:30, 0:30, 2023-05-15T10:00 — the writer counts to 24. */
export declare const TWENTY_FOUR_HOUR: RegExp;
/** Zones written with 24-hour times by convention. */
export declare const TWENTY_FOUR_HOUR_ZONE: RegExp;
/** A part of the day named in the same sentence: 下午的会改到3点, "in the afternoon", "lunch". */
export declare const PART_OF_DAY: RegExp;
/** The clock digits of the start time inside the expression: 3点, 3:00, 十点半, "at 3", "9:30". */
export declare const CLOCK: {
    zh: RegExp;
    en: RegExp;
};
