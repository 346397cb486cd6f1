/** The numeral after 周/星期/礼拜 (Simplified view), 天 and 日 both for Sunday. */
export declare const ZH_WEEKDAY_DIGITS: readonly ["日", "一", "二", "三", "四", "五", "六"];
export declare const EN_WEEKDAY_NAMES: readonly ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** 一 → 1, 日 and 天 → 0. */
export declare function zhWeekday(digit: string): number | undefined;
/** "Tue", "tues", "Wednes", "THURSDAY" → its weekday: the first three letters decide. */
export declare function enWeekday(word: string): number | undefined;
