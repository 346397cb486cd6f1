import { weekdayMismatch } from '../../rules/weekday-mismatch/weekday-mismatch.js';
import { ruleTester } from '../support/rule-tester.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const date = (year: number, month: number, day: number) => ({ type: 'date', value: { year, month, day } });
const weekday = (value: number) => ({ type: 'weekday', value });

ruleTester(weekdayMismatch, {
  valid: [
    { language: 'zh-Hant', text: '會議時間：2026年12月16日（星期三）上午9:00至10:30。' },
    {
      language: 'zh-Hant',
      text: '後天（星期日）下午見。',
      now,
      why: 'relative day and weekday agree (mail sent on a Friday)',
    },
    {
      language: 'zh-Hant',
      text: '每週二下午3點例會，歡迎旁聽。',
      now,
      why: 'a recurring weekday has no date to disagree with',
    },
    {
      language: 'zh-Hant',
      text: '下週三下午兩點在301會議室開會。',
      now,
      why: 'a weekday alone cannot contradict itself',
    },
    { language: 'zh-Hant', text: '12/16（三）14:00 例會，地點照舊。' },
    { language: 'zh-Hans', text: '定于12月11日（周五）上午9:30召开。', now },
    { language: 'zh-Hans', text: '12月16日(三) 下午2:00-4:00 分享会。', now },
    { language: 'zh-Hans', text: '这个任务一周一次，周期固定。', why: '周一 inside 一周一次 is no Monday' },
    { language: 'zh-Hans', text: '明天（周六）交报告。', now },
    { language: 'zh-Hans', text: '以下三点意见请周知。', why: 'no date at all' },
    { language: 'en', text: 'The meeting is on Wednesday, December 16, 2026 at 9:00.' },
    { language: 'en', text: 'Regular SIG Meeting: Tuesdays at 09:00 PT (biweekly).', now, why: 'recurring weekday' },
    { language: 'en', text: 'See you the day after tomorrow (Sunday) at 11am.', now },
    { language: 'en', text: 'Friday, December 11 works for me.', now },
    {
      language: 'zh-Hant',
      text: '週日（11月29日）的會議紀要已上傳。',
      now: '2026-12-02T10:00:00+08:00',
      why: 'three days ago was Sunday 29 November; the weekday says the year, and a fix would corrupt a right date',
    },
    {
      language: 'en',
      text: 'The notes from Sunday, Nov 29 are up.',
      now: '2026-12-02T10:00:00+08:00',
      why: 'the same in English',
    },
    {
      language: 'en',
      text: '# Notes\n\n## May 12, 2022\n\n- Reviews are due Monday, May 16th.\n',
      filename: 'notes.md',
      why: 'a year-less date takes the year of the section above it (16 May 2022 was a Monday)',
    },
    {
      language: 'en',
      text: '## October 12\n\n- Space Monday October 11th.\n',
      filename: 'meeting-notes-2021.md',
      why: 'the year comes from the file name (11 October 2021 was a Monday)',
    },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '會議訂於2026年12月5日（週五）上午10點召開。',
      errors: [
        {
          messageId: 'wrong-weekday',
          data: { written: '週五', actual: weekday(6), date: date(2026, 12, 5) },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 18,
        },
      ],
      output: '會議訂於2026年12月5日（週六）上午10點召開。',
    },
    {
      language: 'zh-Hant',
      text: '12月16日（星期二）下午2點開會。',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: '星期二', actual: weekday(3) } }],
      output: '12月16日（星期三）下午2點開會。',
    },
    {
      language: 'zh-Hant',
      text: '後天（星期二）下午4點半見。',
      now,
      errors: [
        { messageId: 'wrong-weekday', data: { written: '星期二', actual: weekday(0), date: date(2026, 11, 29) } },
      ],
      output: '後天（星期日）下午4點半見。',
    },
    {
      language: 'zh-Hant',
      text: '明天（禮拜五）交報告。',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: '禮拜五', actual: weekday(6) } }],
      output: '明天（禮拜六）交報告。',
    },
    {
      language: 'zh-Hant',
      text: '12/16（四）14:00 例會。',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: '四', actual: weekday(3) } }],
      output: '12/16（三）14:00 例會。',
    },
    {
      language: 'zh-Hant',
      text: '# 會議通知\n\n- 時間：2026年12月5日（週五）10:00\n- 地點：301會議室\n',
      filename: 'notice.md',
      errors: [{ messageId: 'wrong-weekday', line: 3, column: 17, endLine: 3, endColumn: 19 }],
      output: '# 會議通知\n\n- 時間：2026年12月5日（週六）10:00\n- 地點：301會議室\n',
    },
    {
      language: 'zh-Hans',
      text: '定于2026年12月5日（周五）召开年会。',
      errors: [{ messageId: 'wrong-weekday', data: { written: '周五', actual: weekday(6) } }],
      output: '定于2026年12月5日（周六）召开年会。',
    },
    {
      language: 'zh-Hans',
      text: '12月11日（周四）上午9:30开会。',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: '周四', actual: weekday(5) } }],
      output: '12月11日（周五）上午9:30开会。',
    },
    {
      language: 'zh-Hans',
      text: '后天（星期一）见。',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: '星期一', actual: weekday(0) } }],
      output: '后天（星期日）见。',
    },
    {
      language: 'zh-Hans',
      text: '2027年1月8日（星期四）下午三点一刻。',
      errors: [{ messageId: 'wrong-weekday', data: { actual: weekday(5), date: date(2027, 1, 8) } }],
      output: '2027年1月8日（星期五）下午三点一刻。',
    },
    {
      language: 'zh-Hans',
      text: '12月7日（周二）上午10点和12月10日（周三）下午2点。',
      now,
      errors: [
        { messageId: 'wrong-weekday', data: { written: '周二', actual: weekday(1) } },
        { messageId: 'wrong-weekday', data: { written: '周三', actual: weekday(4) } },
      ],
      output: '12月7日（周一）上午10点和12月10日（周四）下午2点。',
    },
    {
      language: 'en',
      text: 'Monday, December 8 at 9:30 AM ET works.',
      now,
      errors: [
        {
          messageId: 'wrong-weekday',
          data: { written: 'Monday', actual: weekday(2), date: date(2026, 12, 8) },
          line: 1,
          column: 1,
          endColumn: 7,
        },
      ],
      output: 'Tuesday, December 8 at 9:30 AM ET works.',
    },
    {
      language: 'en',
      text: 'Thursday, December 11, 1:00 PM - 2:30 PM.',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { actual: weekday(5) } }],
      output: 'Friday, December 11, 1:00 PM - 2:30 PM.',
    },
    {
      language: 'en',
      text: 'Meet the day after tomorrow (Saturday) at 11am.',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: 'Saturday', actual: weekday(0) } }],
      output: 'Meet the day after tomorrow (Sunday) at 11am.',
    },
    {
      language: 'en',
      text: 'Lunch on Fri, Dec 5 at 1pm?',
      now,
      errors: [{ messageId: 'wrong-weekday', data: { written: 'Fri', actual: weekday(6) } }],
      output: 'Lunch on Sat, Dec 5 at 1pm?',
    },
    {
      language: 'en',
      text: 'DEADLINE: WEDNESDAY, DECEMBER 3, 2026.',
      errors: [{ messageId: 'wrong-weekday', data: { written: 'WEDNESDAY' } }],
      output: 'DEADLINE: THURSDAY, DECEMBER 3, 2026.',
    },
  ],
});
