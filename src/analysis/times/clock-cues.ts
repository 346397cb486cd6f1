// What settles the half of the day for a bare 12-hour time (see clock-doubt.ts). Patterns run on the Simplified view.

/** A clock time on the 24-hour clock: 15:00, 09:30, 0:30, 2023-05-15T10:00 — the writer counts to 24. */
export const TWENTY_FOUR_HOUR = /(?<![\d:])(?:1[3-9]|2[0-3]|0\d)\s*[:：h]\s*[0-5]\d|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Zones written with 24-hour times by convention. */
export const TWENTY_FOUR_HOUR_ZONE = /\b(?:UTC|GMT)\b|Z\b/;
/** A part of the day named in the same sentence: 下午的会改到3点, "in the afternoon", "lunch". */
export const PART_OF_DAY =
  /上午|下午|早上|早晨|清晨|中午|晚上|傍晚|凌晨|夜里|晚间|午后|午饭|午餐|晚饭|晚餐|早饭|早餐|今晚|明晚|今早|明早|\b(?:a\.?m\.?|p\.?m\.?|morning|afternoon|evening|night|tonight|noon|midnight|lunch|dinner|breakfast)\b/i;
/** The clock digits of the start time inside the expression: 3点, 3:00, 十点半, "at 3", "9:30". */
export const CLOCK = {
  zh: /(\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*(?:[:：]\s*\d{2}|[点时](?:\s*(?:半|一刻|三刻|\d{1,2}\s*分?|[零〇一二两三四五六七八九十]{1,3}\s*分|整|钟))?)/,
  en: /\b(\d{1,2})(?:[:.]\d{2})?(?:\s*o'clock)?(?!\s*(?:a\.?m|p\.?m))\b/i,
};
