export declare const RELATIVE_DAY_PHRASES: {
    zh: RegExp[];
    en: RegExp[];
};
/** 前, 之前, 以前 right after the day: a deadline, after which the date is written. */
export declare const DEADLINE_AFTER: RegExp;
/** A bare weekday (週三, "Wednesday") is left alone when something near it already pins or repeats it. */
export declare const BARE_WEEKDAY: {
    zh: RegExp;
    en: RegExp;
};
/** 校历第五周周五, "week 5, Friday": the week is numbered. */
export declare const NUMBERED_WEEK_BEFORE: RegExp;
/** 周二（9/29）: a date in brackets right after. */
export declare const DATE_AFTER: RegExp;
