import { addDays, upcomingWeekday, weekdayInWeek } from './calendar.js';
import { contextToday } from './parsing-context.js';
import { zhWeekday, enWeekday } from './weekdays.js';
const DIGITS = {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
};
const NUM = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';
const PART_OF_DAY = '(?:上午|下午|早上|早晨|清晨|中午|晚上|傍晚|凌晨|夜里|晚间|午后|今晚|明晚|今早|明早|晚|早)';
export function zhNumber(text) {
    if (/^\d+$/.test(text))
        return Number(text);
    // 零五 (minutes), 〇五.
    if (/^[零〇][一二三四五六七八九]$/.test(text))
        return DIGITS[text[1]];
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
// 四点二十, 四点零五: minutes in Chinese numerals without 分; a lone numeral (四点五) is left unread.
const ZH_MINUTE = '零[一二三四五六七八九]|[一二三四五]?十[一二三四五六七八九]?';
const MERIDIEM = '(?:a\\.m\\.?|p\\.m\\.?|am|pm)(?![a-z])';
/** 3 pm → 15, 12 am → 0, 15:00 p.m. → 15 (the meridiem repeats what the hour says); 15 am → no time. */
export function withMeridiem(hour, meridiem) {
    const pm = /p/i.test(meridiem);
    if (hour > 12)
        return pm && hour < 24 ? hour : undefined;
    if (hour === 0)
        return pm ? undefined : 0;
    if (pm)
        return hour === 12 ? 12 : hour + 12;
    return hour === 12 ? 0 : hour;
}
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
// Cantonese too: 听日 (tomorrow), 寻日 (yesterday), 后日 (the day after tomorrow).
const RELATIVE_DAYS = {
    今天: 0,
    今日: 0,
    今晚: 0,
    今早: 0,
    明天: 1,
    明日: 1,
    明晚: 1,
    明早: 1,
    听日: 1,
    后天: 2,
    后日: 2,
    大后天: 3,
    昨天: -1,
    昨日: -1,
    寻日: -1,
    前天: -2,
    前日: -2,
};
// 提前日期, 之前日程, 今后日程, 以后日子: 前日 and 后日 inside other words.
const RELATIVE_DAY = /大后天|后天|明天|明日|今天|今日|昨天|昨日|前天|今晚|明晚|今早|明早|听日(?![语文本剧])|寻日(?!期)|(?<![提之以日事])前日(?!期)|(?<![今以之日然此最其往随过])后日(?!期)/;
export function createZhParsers() {
    const dateParser = {
        pattern: () => new RegExp(`(?:(\\d{4}|[零〇一二三四五六七八九]{4})\\s{0,2}年\\s{0,2})?(${NUM})\\s{0,2}月\\s{0,2}(${NUM})\\s{0,2}[日号]`),
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
        pattern: () => /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/.])(?:日|号)?(?=\s{0,3}[）)]?\s{0,3}(?:[（(]\s{0,3}(?:周|星期|礼拜|拜)?[一二三四五六日天]\s{0,3}[）)]|(?:周|星期|礼拜|拜)[一二三四五六日天]|[（(]?\s{0,3}(?:mon|tue|wed|thu|fri|sat|sun)|\d{1,2}\s{0,3}[:：]\s{0,3}\d{2}|\d{1,2}\s{0,3}(?:am|pm)|上午|下午|晚上|晚间|傍晚|早上|中午|[，,]\s{0,3}\d{1,2}\s{0,3}[:：]))/i,
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
        pattern: () => /[（(]\s{0,3}(?:([一二三四五六日天])\s{0,3})?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s{0,3})?[）)]/i,
        extract: (context, match) => {
            if (!match[1] && !match[2])
                return null;
            const weekday = (match[1] ? zhWeekday(match[1]) : enWeekday(match[2]));
            const date = upcomingWeekday(contextToday(context), weekday);
            const result = tagged(context, match, { weekday, year: date.year, month: date.month, day: date.day }, 'zh/weekday');
            result.addTag('zh/weekday-annotation');
            return result;
        },
    };
    const relativeDayParser = {
        pattern: () => RELATIVE_DAY,
        extract: (context, match) => {
            const date = addDays(contextToday(context), RELATIVE_DAYS[match[0]]);
            const result = tagged(context, match, { year: date.year, month: date.month, day: date.day }, 'zh/relative-day');
            if (/晚|早/.test(match[0]))
                result.addTag('zh/part-of-day');
            return result;
        },
    };
    const weekdayParser = {
        // `每周一次` and `两周一次` are frequencies, not Mondays.
        // 本周五前, 周五之前: a deadline (but 周五前往 is "go on Friday", 周五前一天 the day before).
        pattern: () => /(每个?|上上|下下|上个?|下个?|本|这个?|今个?)?\s{0,2}(?:周|星期|礼拜|拜)([一二三四五六日天])(?![次年期号])(?:(之?前|以前)(?![往进来去面后台端景列排线述夕一两三几\d]))?/,
        extract: (context, match) => {
            const weekday = zhWeekday(match[2]);
            const today = contextToday(context);
            const prefix = match[1] ?? '';
            const offset = prefix.startsWith('上上')
                ? -2
                : prefix.startsWith('下下')
                    ? 2
                    : prefix.startsWith('上')
                        ? -1
                        : prefix.startsWith('下')
                            ? 1
                            : 0;
            const date = prefix === '' || prefix.startsWith('每')
                ? upcomingWeekday(today, weekday)
                : weekdayInWeek(today, weekday, offset);
            const result = tagged(context, match, { weekday, year: date.year, month: date.month, day: date.day }, 'zh/weekday');
            if (match[3])
                result.addTag('deadline');
            if (prefix.startsWith('每'))
                result.addTag('zh/recurring');
            else if (prefix !== '')
                result.addTag('zh/relative-week');
            return result;
        },
    };
    const clockParser = {
        // A bare Chinese numeral before 点 is too often a count (以下三点意见); it needs a part of day, minutes or 钟.
        pattern: () => new RegExp(`(${PART_OF_DAY})?\\s{0,2}(${NUM})\\s{0,2}(?:[:：]\\s{0,2}(\\d{2})(?!\\d)|[点时](?:\\s{0,2}(半)|\\s{0,2}(一刻)|\\s{0,2}(三刻)|\\s{0,2}(${NUM})\\s{0,2}分|\\s{0,2}(\\d{2})(?!\\d)|(${ZH_MINUTE})(?![\\d零〇一二两三四五六七八九十])|(整|钟))?)(\\s{0,2}${MERIDIEM})?`, 'i'),
        extract: (context, match) => {
            const [, partOfDay, hourText, colonMinute, half, quarter, threeQuarters, zhMinute, digitMinute, bareZhMinute, sharp, meridiem,] = match;
            // UTC+8 时区, GMT+8 时: an offset, not a time.
            if (!partOfDay &&
                /(?:UTC|GMT)\s{0,2}[+-]\s{0,2}$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index)))
                return null;
            const hasColon = colonMinute !== undefined;
            const hasMinutePart = half || quarter || threeQuarters || zhMinute || digitMinute || bareZhMinute || sharp;
            if (!partOfDay && !hasColon && !hasMinutePart && !meridiem && !/^\d/.test(hourText))
                return null;
            // 第3点, 以下3点意见: points of a list, not a time.
            if (!partOfDay &&
                !hasColon &&
                !hasMinutePart &&
                !meridiem &&
                (COUNT_BEFORE.test(context.text.slice(Math.max(0, (match.index ?? 0) - 4), match.index)) ||
                    COUNTED_AFTER.test(context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 8))))
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
                            : zhMinute || bareZhMinute
                                ? zhNumber(zhMinute ?? bareZhMinute)
                                : digitMinute
                                    ? Number(digitMinute)
                                    : 0;
            if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60))
                return null;
            const dayHour = meridiem ? withMeridiem(hour, meridiem) : toDayHour(hour, partOfDay);
            if (dayHour === undefined)
                return null;
            const result = tagged(context, match, { hour: dayHour, minute }, 'zh/time');
            if (partOfDay || meridiem)
                result.addTag('zh/half-of-day');
            if (partOfDay && RELATIVE_DAYS[partOfDay] !== undefined) {
                const date = addDays(contextToday(context), RELATIVE_DAYS[partOfDay]);
                result.start.assign('year', date.year).assign('month', date.month).assign('day', date.day);
                result.addTag('zh/relative-day');
            }
            return result;
        },
    };
    // 2pm, 5pm CET, 4:45p, 10am: an English clock inside Chinese text.
    const meridiemClockParser = {
        pattern: () => new RegExp(`(?<![\\d:：.])(\\d{1,2})(?:[:：](\\d{2}))?\\s{0,2}(${MERIDIEM}|[ap](?<=\\d{2}[ap]))(?![a-z])`, 'i'),
        extract: (context, match) => {
            const hour = withMeridiem(Number(match[1]), match[3]);
            const minute = Number(match[2] ?? 0);
            if (hour === undefined || minute > 59)
                return null;
            const result = tagged(context, match, { hour, minute }, 'zh/time');
            result.addTag('zh/half-of-day');
            return result;
        },
    };
    const partOfDayParser = {
        pattern: () => new RegExp(PART_OF_DAY),
        extract: (context, match) => tagged(context, match, {}, 'zh/part-of-day'),
    };
    return [
        dateParser,
        isoDateParser,
        slashDateParser,
        bracketWeekdayParser,
        relativeDayParser,
        weekdayParser,
        clockParser,
        meridiemClockParser,
        partOfDayParser,
    ];
}
function tagged(context, match, components, tag) {
    const result = context.createParsingResult(match.index ?? 0, match[0], components);
    result.addTag(tag);
    return result;
}
