// The relative day phrases after which relative-date writes the date. Each matches at the start of a time
// expression's text (Chinese in its Simplified view); the date goes right after the match, before a clock time:
// 下週三（12月2日）下午3點, "next Tuesday (December 1) at 3pm". Today (今天, 今晚, "tonight") is left out: in a
// mail it is most often the writer's own today ("as discussed today", "later today"), not the meeting's day.
export const RELATIVE_DAY_PHRASES = {
  zh: [
    /^(?:大后天|后天|明天|明日|明晚|明早)/,
    /^(?:上上|下下|上个?|下个?|本|这个?|今)?\s*(?:周|星期|礼拜|拜)[一二三四五六日天]/,
  ],
  en: [
    /^(?:on\s+)?(?:the\s+day\s+after\s+tomorrow|tomorrow)/i,
    /^(?:on\s+)?(?:(?:next|this|coming|this\s+coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  ],
};

/** 前, 之前, 以前 right after the day: a deadline, after which the date is written. */
export const DEADLINE_AFTER = /^(?:之?前|以前)$/;

/** A bare weekday (週三, "Wednesday") is left alone when something near it already pins or repeats it. */
export const BARE_WEEKDAY = {
  zh: /^(?:周|星期|礼拜|拜)[一二三四五六日天]$/,
  en: /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i,
};
/** 校历第五周周五, "week 5, Friday": the week is numbered. */
export const NUMBERED_WEEK_BEFORE = /第\s*[\d一二三四五六七八九十]+\s*[周週]\W*$|\bweek\s+\d+\W*$/i;
/** 周二（9/29）: a date in brackets right after. */
export const DATE_AFTER = /^\s*[（(]\s*\d{1,4}\s*[-/.月]\s*\d{1,2}/;
