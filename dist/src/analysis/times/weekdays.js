// The one weekday table: how Chinese and English write each day, 0 = Sunday … 6 = Saturday.
/** The numeral after 周/星期/礼拜 (Simplified view), 天 and 日 both for Sunday. */
export const ZH_WEEKDAY_DIGITS = ['日', '一', '二', '三', '四', '五', '六'];
export const EN_WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** 一 → 1, 日 and 天 → 0. */
export function zhWeekday(digit) {
    if (digit === '天')
        return 0;
    const index = ZH_WEEKDAY_DIGITS.indexOf(digit);
    return index === -1 ? undefined : index;
}
/** "Tue", "tues", "Wednes", "THURSDAY" → its weekday: the first three letters decide. */
export function enWeekday(word) {
    const index = EN_WEEKDAY_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
    return index === -1 ? undefined : index;
}
