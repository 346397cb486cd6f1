// relative-date: 明天, 下週三, "next Tuesday" in a meeting notice: the fix writes the date after it, computed from
// the reference time (--now, the Date header, or the clock), so a reader on another day, or a forwarded copy,
// still has the day. Principle: 5w2h-when (a notice must carry a start time the reader can trust).
import { compareDates, isoDate, referenceDate, type CalendarDate } from '../../src/analysis/times/calendar.js';
import { simplify } from '../../src/analysis/script/han.js';
import { repeatsInSentence } from '../../src/analysis/times/recurrence.js';
import { isUndatedPage } from '../../src/analysis/times/undated.js';
import { BLOCK_PARTS, LANGUAGES, type Language } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { EN_MONTHS } from '../../src/i18n/format.js';
import { messages } from './messages.js';
import { BARE_WEEKDAY, DATE_AFTER, DEADLINE_AFTER, NUMBERED_WEEK_BEFORE, RELATIVE_DAY_PHRASES } from './phrases.js';

export const relativeDate = defineRule({
  meta: {
    id: 'relative-date',
    category: 'time',
    severity: 'info',
    appliesTo: { kinds: ['meeting-notice'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['times'],
    fixable: true,
    hasSuggestions: false,
    docs: {
      description: {
        en: 'Write the date after a relative day (tomorrow, next Tuesday) in a meeting notice.',
        'zh-Hant': '會議通知裡的相對日期（明天、下週三）後面要寫上日期。',
        'zh-Hans': '会议通知里的相对日期（明天、下周三）后面要写上日期。',
      },
      url: 'docs/rules/relative-date.md',
      principle: '5w2h-when',
    },
    options: {},
    pageTriggers: () => false,
    messages,
  },

  check(context) {
    const { document } = context;
    // A page's relative days were written on a day nobody knows.
    if (isUndatedPage(document)) return;
    const today = referenceDate(document.reference);
    const times = context.times();
    const written = new Set(
      times
        .filter((time) => time.date && time.dayKind === 'absolute')
        .map((time) => isoDate(time.date as CalendarDate)),
    );
    for (const time of times) {
      const { date } = time;
      if (!date || time.recurring || (time.dayKind !== 'relative' && time.dayKind !== 'weekday')) continue;
      // Already dated elsewhere in the notice, or history.
      if (written.has(isoDate(date)) || compareDates(date, today) < 0) continue;
      // Once per day: the first mention carries the date for the rest.
      written.add(isoDate(date));
      const language = document.blocks[time.block].language;
      const day = relativePhrase(time.text, language);
      if (!day) continue;
      // 本周五前: the date goes after the whole deadline, 本周五前（11月27日）.
      const phrase =
        time.deadline && language !== 'en' && DEADLINE_AFTER.test(simplify(time.text).slice(day.length))
          ? time.text
          : day;
      const end = time.start + phrase.length;
      // 後天（星期日）, "the day after tomorrow (Sunday)": a weekday beside it already pins the day; weekday-mismatch checks it.
      if (time.weekday && time.weekday.start >= end) continue;
      if (isBareWeekday(phrase, language) && pinnedOrRepeated(document.blocks[time.block].text, time.start, end))
        continue;
      context.report({
        messageId: 'add-date',
        data: { written: phrase.replace(/^on\s+/i, ''), date: { type: 'date', value: date } },
        block: time.block,
        start: time.start,
        end,
        fix: [{ block: time.block, start: end, end, text: dateAfter(date, today, language) }],
      });
    }
  },
});

function isBareWeekday(phrase: string, language: Language): boolean {
  return (language === 'en' ? BARE_WEEKDAY.en : BARE_WEEKDAY.zh).test(language === 'en' ? phrase : simplify(phrase));
}

function pinnedOrRepeated(text: string, start: number, end: number): boolean {
  const view = simplify(text);
  if (
    NUMBERED_WEEK_BEFORE.test(view.slice(Math.max(0, start - 12), start)) ||
    DATE_AFTER.test(view.slice(end, end + 16))
  )
    return true;
  return repeatsInSentence(text, start, end);
}

function relativePhrase(text: string, language: Language): string | undefined {
  const chinese = language !== 'en';
  const view = chinese ? simplify(text) : text;
  for (const pattern of chinese ? RELATIVE_DAY_PHRASES.zh : RELATIVE_DAY_PHRASES.en) {
    const match = pattern.exec(view);
    if (match) return text.slice(0, match[0].length);
  }
  return undefined;
}

/** （12月2日）, （2027年1月5日）; " (December 2)", " (January 5, 2027)": the year only when it is not this one. */
function dateAfter(date: CalendarDate, today: CalendarDate, language: Language): string {
  const withYear = date.year !== today.year;
  if (language === 'en') return ` (${EN_MONTHS[date.month - 1]} ${date.day}${withYear ? `, ${date.year}` : ''})`;
  return `（${withYear ? `${date.year}年` : ''}${date.month}月${date.day}日）`;
}
