export declare const weekdayMismatch: import("../../src/engine/rule.js").Rule;
/** 週五→週六, 星期五→星期六, （五）→（六）, 星期天 stays 天 for Sunday; Fri→Sat, FRIDAY→SATURDAY. */
export declare function inWritersForm(written: string, weekday: number): string;
