// weekday-mismatch: a date and the weekday written beside it disagree (2026年12月5日（周五）: that day is a
// Saturday), also for a relative day (後天（星期二）in a mail sent on a Friday). The fix writes the right weekday
// in the writer's own form. Principle: 5w2h-when (a notice must carry a start time the reader can trust).
import { weekdayOf } from '../../src/analysis/times/calendar.js';
import { EN_WEEKDAY_NAMES, ZH_WEEKDAY_DIGITS } from '../../src/analysis/times/weekdays.js';
import { isUndatedPage } from '../../src/analysis/times/undated.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';

const WEEKDAY_WORD =
  /(?:周|星期|礼拜|拜)[一二三四五六日天]|[（(]\s*[一二三四五六日天]\s*[）)]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/;

export const weekdayMismatch = defineRule({
  meta: {
    id: 'weekday-mismatch',
    category: 'time',
    severity: 'error',
    appliesTo: { kinds: 'any', languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
    needs: ['times'],
    fixable: true,
    hasSuggestions: false,
    docs: {
      description: {
        en: "Require the weekday written beside a date to be that date's weekday.",
        'zh-Hant': '日期旁寫的星期必須與日期相符。',
        'zh-Hans': '日期旁写的星期必须与日期相符。',
      },
      url: 'docs/rules/weekday-mismatch.md',
      principle: '5w2h-when',
    },
    options: {},
    pageTriggers: (view) => WEEKDAY_WORD.test(view),
    messages,
  },

  check(context) {
    for (const time of context.times()) {
      const { date, weekday } = time;
      if (!date || !weekday || time.recurring || time.dayKind === 'weekday') continue;
      // 明天（週三）, or 3/16（六）with no year anywhere, in a page: the day it was written is unknown, so neither can be checked.
      const undated = isUndatedPage(context.document);
      if (undated && (time.dayKind === 'relative' || time.yearSource === 'reference')) continue;
      const actual = weekdayOf(date);
      if (actual === weekday.value) continue;
      context.report({
        messageId: 'wrong-weekday',
        data: {
          written: weekday.text,
          actual: { type: 'weekday', value: actual },
          date: { type: 'date', value: date },
        },
        block: time.block,
        start: weekday.start,
        end: weekday.end,
        fix: [{ block: time.block, start: weekday.start, end: weekday.end, text: inWritersForm(weekday.text, actual) }],
      });
    }
  },
});

/** 週五→週六, 星期五→星期六, （五）→（六）, 星期天 stays 天 for Sunday; Fri→Sat, FRIDAY→SATURDAY. */
export function inWritersForm(written: string, weekday: number): string {
  if (/\p{Script=Han}$/u.test(written)) {
    const sunday = written.endsWith('天') ? '天' : '日';
    return written.slice(0, -1) + (weekday === 0 ? sunday : ZH_WEEKDAY_DIGITS[weekday]);
  }
  const name: string = EN_WEEKDAY_NAMES[weekday];
  const letters = written.replace(/[^A-Za-z]/g, '');
  const plural = /days$/i.test(letters);
  const abbreviated = !/days?$/i.test(letters);
  let out = abbreviated ? name.slice(0, 3) : name + (plural ? 's' : '');
  if (letters === letters.toUpperCase()) out = out.toUpperCase();
  else if (letters === letters.toLowerCase()) out = out.toLowerCase();
  return out;
}
