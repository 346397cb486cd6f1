import { addDays, upcomingWeekday, weekdayInWeek } from './calendar.js';
const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUM = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const PART_OF_DAY = '(?:上午|下午|早上|早晨|清晨|中午|晚上|傍晚|凌晨|夜里|晚间|午后|今晚|明晚|今早|明早|晚|早)';
export function zhNumber(text) {
    if (/^\d+$/.test(text))
        return Number(text);
    if (/^[零〇一二两三四五六七八九]{4}$/.test(text))
        return Number([...text].map((ch) => DIGITS[ch]).join(''));
    const ten = text.indexOf('十');
    if (ten === -1)
        return DIGITS[text] ?? NaN;
    const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
    const ones = ten === text.length - 1 ? 0 : DIGITS[text.slice(ten + 1)];
    return tens * 10 + ones;
}
const EVENING = /下午|晚|傍晚|夜|午后/;
const COUNT_BEFORE = /(?:第|以下|如下|下列|这|那|几|有|共|分为?|包括)\s*$/;
const COUNTED_AFTER = /^\s*(?:意见|建议|要求|原因|理由|注意|内容|说明|看法|想法|问题|事项|体会|启示|结论|好处|不足|改进|措施|原则|要点|共识|心得|收获|理解|规定|做法)/;
const NOON = /中午/;
/** Hour on a 24-hour clock from a 12-hour reading and the part of the day before it. */
function toDayHour(hour, partOfDay) {
    if (!partOfDay)
        return hour;
    if (EVENING.test(partOfDay) && hour < 12)
        return hour + 12;
    if (NOON.test(partOfDay) && hour < 6)
        return hour + 12;
    if (/凌晨/.test(partOfDay) && hour === 12)
        return 0;
    return hour;
}
const RELATIVE_DAYS = { 今天: 0, 今日: 0, 今晚: 0, 今早: 0, 明天: 1, 明日: 1, 明晚: 1, 明早: 1, 后天: 2, 大后天: 3, 昨天: -1, 前天: -2 };
const WEEKDAYS = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export function createZhParsers(today) {
    const dateParser = {
        pattern: () => new RegExp(`(?:(\\d{4}|[零〇一二三四五六七八九]{4})\\s*年\\s*)?(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`),
        extract: (context, match) => {
            const month = zhNumber(match[2]);
            const day = zhNumber(match[3]);
            if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31))
                return null;
            const components = { month, day };
            if (match[1])
                components.year = zhNumber(match[1]);
            return tagged(context, match, components, 'zh/date');
        },
    };
    const isoDateParser = {
        pattern: () => /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/,
        extract: (context, match) => {
            const month = Number(match[2]);
            const day = Number(match[3]);
            if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31))
                return null;
            return tagged(context, match, { year: Number(match[1]), month, day }, 'zh/date');
        },
    };
    // 12/16（三）, 10.20 7:30pm, 3.28日: month/day is only read as a date where 日, a weekday or a time follows, never in 1/2 or a version.
    const slashDateParser = {
        pattern: () => /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/.])(?:日|号)?(?=\s*[）)]?\s*(?:[（(]\s*(?:周|星期|礼拜|拜)?[一二三四五六日天]\s*[）)]|(?:周|星期|礼拜|拜)[一二三四五六日天]|[（(]?\s*(?:mon|tue|wed|thu|fri|sat|sun)|\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*(?:am|pm)|上午|下午|晚上|晚间|傍晚|早上|中午|[，,]\s*\d{1,2}\s*[:：]))/i,
        extract: (context, match) => {
            const month = Number(match[1]);
            const day = Number(match[2]);
            if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31))
                return null;
            return tagged(context, match, { month, day }, 'zh/date');
        },
    };
    // （三）after a date: the weekday written as a bare numeral in brackets, as Taiwanese notices do.
    const bracketWeekdayParser = {
        pattern: () => /[（(]\s*(?:([一二三四五六日天])\s*)?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*)?[）)]/i,
        extract: (context, match) => {
            if (!match[1] && !match[2])
                return null;
            const weekday = match[1] ? WEEKDAYS[match[1]] : EN_WEEKDAYS.indexOf(match[2].toLowerCase());
            const date = upcomingWeekday(today(), weekday);
            const result = tagged(context, match, { weekday, year: date.year, month: date.month, day: date.day }, 'zh/weekday');
            result.addTag('zh/weekday-annotation');
            return result;
        },
    };
    const relativeDayParser = {
        pattern: () => /大后天|后天|明天|明日|今天|今日|昨天|前天|今晚|明晚|今早|明早/,
        extract: (context, match) => {
            const date = addDays(today(), RELATIVE_DAYS[match[0]]);
            const result = tagged(context, match, { year: date.year, month: date.month, day: date.day }, 'zh/relative-day');
            if (/晚|早/.test(match[0]))
                result.addTag('zh/part-of-day');
            return result;
        },
    };
    const weekdayParser = {
        // `每周一次` and `两周一次` are frequencies, not Mondays.
        pattern: () => /(每个?|上上|下下|上个?|下个?|本|这个?|今)?\s*(?:周|星期|礼拜|拜)([一二三四五六日天])(?![次年期号])/,
        extract: (context, match) => {
            const weekday = WEEKDAYS[match[2]];
            const prefix = match[1] ?? '';
            const offset = prefix.startsWith('上上') ? -2 : prefix.startsWith('下下') ? 2 : prefix.startsWith('上') ? -1 : prefix.startsWith('下') ? 1 : 0;
            const date = prefix === '' || prefix.startsWith('每') ? upcomingWeekday(today(), weekday) : weekdayInWeek(today(), weekday, offset);
            const result = tagged(context, match, { weekday, year: date.year, month: date.month, day: date.day }, 'zh/weekday');
            if (prefix.startsWith('每'))
                result.addTag('zh/recurring');
            else if (prefix !== '')
                result.addTag('zh/relative-week');
            return result;
        },
    };
    const clockParser = {
        // A bare Chinese numeral before 点 is too often a count (以下三点意见); it needs a part of day, minutes or 钟.
        pattern: () => new RegExp(`(${PART_OF_DAY})?\\s*(${NUM})\\s*(?:[:：]\\s*(\\d{2})(?!\\d)|[点时](?:\\s*(半)|\\s*(一刻)|\\s*(三刻)|\\s*(${NUM})\\s*分|\\s*(\\d{2})(?!\\d)|(整|钟))?)(\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))?`, 'i'),
        extract: (context, match) => {
            const [, partOfDay, hourText, colonMinute, half, quarter, threeQuarters, zhMinute, digitMinute, sharp, meridiem] = match;
            // UTC+8 时区, GMT+8 时: an offset, not a time.
            if (!partOfDay && /(?:UTC|GMT)\s*[+-]\s*$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index)))
                return null;
            const hasColon = colonMinute !== undefined;
            const hasMinutePart = half || quarter || threeQuarters || zhMinute || digitMinute || sharp;
            if (!partOfDay && !hasColon && !hasMinutePart && !meridiem && !/^\d/.test(hourText))
                return null;
            // 第3点, 以下3点意见: points of a list, not a time.
            if (!partOfDay && !hasColon && !hasMinutePart && !meridiem && (COUNT_BEFORE.test(context.text.slice(Math.max(0, (match.index ?? 0) - 4), match.index)) || COUNTED_AFTER.test(context.text.slice((match.index ?? 0) + match[0].length))))
                return null;
            const hour = zhNumber(hourText);
            const minute = hasColon
                ? Number(colonMinute)
                : half
                    ? 30
                    : quarter
                        ? 15
                        : threeQuarters
                            ? 45
                            : zhMinute
                                ? zhNumber(zhMinute)
                                : digitMinute
                                    ? Number(digitMinute)
                                    : 0;
            if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60))
                return null;
            const pm = meridiem && /p/i.test(meridiem);
            const dayHour = meridiem ? (pm && hour < 12 ? hour + 12 : !pm && hour === 12 ? 0 : hour) : toDayHour(hour, partOfDay);
            const result = tagged(context, match, { hour: dayHour, minute }, 'zh/time');
            if (partOfDay || meridiem)
                result.addTag('zh/half-of-day');
            if (partOfDay && RELATIVE_DAYS[partOfDay] !== undefined) {
                const date = addDays(today(), RELATIVE_DAYS[partOfDay]);
                result.start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
                result.addTag('zh/relative-day');
            }
            return result;
        },
    };
    const partOfDayParser = {
        pattern: () => new RegExp(PART_OF_DAY),
        extract: (context, match) => tagged(context, match, {}, 'zh/part-of-day'),
    };
    return [dateParser, isoDateParser, slashDateParser, bracketWeekdayParser, relativeDayParser, weekdayParser, clockParser, partOfDayParser];
}
function tagged(context, match, components, tag) {
    const result = context.createParsingResult(match.index ?? 0, match[0], components);
    result.addTag(tag);
    return result;
}
