import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { relativeDate } from '../../rules/relative-date/relative-date.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml } from '../support/drafts.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const date = (year: number, month: number, day: number) => ({ type: 'date', value: { year, month, day } });
const three = ['a@example.com', 'b@example.com', 'c@example.com'];

ruleTester(relativeDate, {
  valid: [
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n下週三（12月2日）下午3點在301會議室開會，請準時出席。',
      now,
      why: 'already dated',
    },
    { language: 'zh-Hant', text: '各位同仁：\n\n每週三下午3點在301會議室例會，請準時出席。', now, why: 'recurring' },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n明天下午3點在301會議室開會。\n\n時間：2026年11月28日（星期六）下午3點',
      now,
      why: 'the same day is written out below',
    },
    { language: 'zh-Hant', text: '我明天再打給你，看看報告怎麼改。', now, why: 'not a notice' },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n昨天下午的會議紀錄已上傳，下次會議訂於2026年12月4日下午2點在301會議室。',
      now,
      why: 'yesterday is history',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n会议定于11月28日（周六）上午10点在301会议室召开，也就是明天。',
      now,
      why: 'the day is written before it',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n後天（星期日）下午2點在三樓會議室開檢討會。',
      now,
      why: 'a weekday beside it pins the day',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nOur planning meeting is on Friday, December 4, 2026 at 10:00 AM in Room 4.12.\nI will share the agenda later today.',
      now,
      why: "the writer's own today",
    },
    {
      language: 'zh-Hans',
      text: '各位同学：\n\n读书会每两周举办一次，在周三晚上19:30开始，地点在图书馆201。',
      now,
      why: 'a repeating meeting in the same sentence',
    },
    {
      language: 'zh-Hans',
      text: '各位同学：\n\n招新时间为第三周周二（9/29）中午，地点在紫操东侧H6摊位。',
      now,
      why: 'a numbered week and a date beside it',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe working group meets every other week on Wednesday at 10:00 in Room 2.',
      now,
      why: 'a repeating meeting in the same sentence',
    },
    { language: 'zh-Hans', text: '各位同事：\n\n定于2026年12月2日（周三）下午3点在301会议室开会，请准时参加。', now },
    { language: 'zh-Hans', text: '各位同事：\n\n每周一上午9点在3楼会议室开例会。', now, why: 'recurring' },
    { language: 'zh-Hans', text: '他一会儿说明天好一会儿说后天好，还没定。', now, why: 'not a notice' },
    { language: 'zh-Hans', ...eml(three, '各位同事：\n\n12月1日（周二）上午10点在3楼会议室召开季度会议。') },
    { language: 'en', text: 'Hi all,\n\nWe will meet on Tuesday, December 1, 2026 at 3pm in Room 4.12.', now },
    { language: 'en', text: 'Hi all,\n\nThe standup is every Monday at 9:30 in Room 1.', now, why: 'recurring' },
    {
      language: 'en',
      text: 'As shown later in this chapter, the parser reads tomorrow as a relative day.',
      now,
      why: 'not a notice',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nLet us meet tomorrow, November 28, at 3pm in Room 2.',
      now,
      why: 'dated beside it',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nThanks for joining yesterday. Our next meeting is on December 4, 2026 at 10:00 in Room 2.',
      now,
      why: 'yesterday is history',
    },
  ],
  invalid: [
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n请在下周五前提交报告，周一上午10点在301会议室开会讨论。',
      kind: 'meeting-notice',
      now,
      errors: [
        { messageId: 'add-date', data: { written: '下周五前', date: date(2026, 12, 4) } },
        { messageId: 'add-date' },
      ],
      output: '各位同事：\n\n请在下周五前（12月4日）提交报告，周一（11月30日）上午10点在301会议室开会讨论。',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n下週三下午3點在301會議室開會，請準時出席。',
      now,
      errors: [
        {
          messageId: 'add-date',
          data: { written: '下週三', date: date(2026, 12, 2) },
          line: 3,
          column: 1,
          endColumn: 4,
        },
      ],
      output: '各位同仁：\n\n下週三（12月2日）下午3點在301會議室開會，請準時出席。',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n明天上午10點在301會議室開會。',
      now,
      errors: [{ messageId: 'add-date', data: { written: '明天', date: date(2026, 11, 28) } }],
      output: '各位同仁：\n\n明天（11月28日）上午10點在301會議室開會。',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n後天下午2點在三樓會議室開檢討會，請準時出席。',
      now,
      errors: [{ messageId: 'add-date' }],
      output: '各位同仁：\n\n後天（11月29日）下午2點在三樓會議室開檢討會，請準時出席。',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n下週二上午9點在301會議室開年度檢討會議。',
      now: '2026-12-30T10:00:00+08:00',
      errors: [{ messageId: 'add-date', data: { date: date(2027, 1, 5) } }],
      output: '各位同仁：\n\n下週二（2027年1月5日）上午9點在301會議室開年度檢討會議。',
      why: 'another year: the year is written',
    },
    {
      language: 'zh-Hant',
      ...eml(three, '各位同仁：\n\n週三下午3點在301會議室開會，請準時出席。'),
      errors: [{ messageId: 'add-date', data: { written: '週三', date: date(2026, 12, 2) } }],
      output: eml(three, '各位同仁：\n\n週三（12月2日）下午3點在301會議室開會，請準時出席。').text,
      why: 'the Date header is the reference',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n明天上午10点在3楼会议室开会。',
      now,
      errors: [{ messageId: 'add-date', data: { written: '明天' } }],
      output: '各位同事：\n\n明天（11月28日）上午10点在3楼会议室开会。',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n下周三下午3点在301会议室开评审会，请准时参加。',
      now,
      errors: [{ messageId: 'add-date', data: { date: date(2026, 12, 2) } }],
      output: '各位同事：\n\n下周三（12月2日）下午3点在301会议室开评审会，请准时参加。',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n本周五下午4点在3楼会议室开周会。',
      now: '2026-11-24T09:00:00+08:00',
      errors: [{ messageId: 'add-date', data: { written: '本周五', date: date(2026, 11, 27) } }],
      output: '各位同事：\n\n本周五（11月27日）下午4点在3楼会议室开周会。',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n明天下午3点在301会议室开会，明天的会请带上周报。',
      now,
      errors: [{ messageId: 'add-date', column: 1 }],
      output: '各位同事：\n\n明天（11月28日）下午3点在301会议室开会，明天的会请带上周报。',
      why: 'once per day',
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位同事：\n\n下下周一上午10点在3楼会议室召开季度会议。'),
      errors: [{ messageId: 'add-date', data: { date: date(2026, 12, 7) } }],
      output: eml(three, '各位同事：\n\n下下周一（12月7日）上午10点在3楼会议室召开季度会议。').text,
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWe will meet next Tuesday at 3pm in Room 4.12.',
      now,
      errors: [
        { messageId: 'add-date', data: { written: 'next Tuesday', date: date(2026, 12, 1) }, line: 3, column: 14 },
      ],
      output: 'Hi all,\n\nWe will meet next Tuesday (December 1) at 3pm in Room 4.12.',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nLet us meet tomorrow at 3pm in Room 2.',
      now,
      errors: [{ messageId: 'add-date', data: { written: 'tomorrow' } }],
      output: 'Hi team,\n\nLet us meet tomorrow (November 28) at 3pm in Room 2.',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe review meeting is on Wednesday at 10:00 in Room 2.',
      now,
      errors: [{ messageId: 'add-date', data: { written: 'Wednesday' } }],
      output: 'Hi all,\n\nThe review meeting is on Wednesday (December 2) at 10:00 in Room 2.',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe kickoff meeting is next Monday at 9:30 in Room 1.',
      now: '2026-12-29T10:00:00+00:00',
      errors: [{ messageId: 'add-date', data: { date: date(2027, 1, 4) } }],
      output: 'Hi all,\n\nThe kickoff meeting is next Monday (January 4, 2027) at 9:30 in Room 1.',
    },
    {
      language: 'en',
      ...eml(three, 'Hi all,\n\nThe planning meeting is the day after tomorrow at 10:00 in Room 4.12.'),
      errors: [{ messageId: 'add-date', data: { written: 'the day after tomorrow', date: date(2026, 11, 29) } }],
      output: eml(
        three,
        'Hi all,\n\nThe planning meeting is the day after tomorrow (November 29) at 10:00 in Room 4.12.',
      ).text,
    },
  ],
});

describe('relative-date on a page', () => {
  it('says nothing on a Markdown page with no date, whose day of writing is unknown', async () => {
    const result = await lint(
      { text: '---\ntitle: 例会\n---\n\n各位同事：\n\n下周三下午3点在301会议室开会。\n', filename: 'notes.md' },
      { kind: 'meeting-notice' },
    );
    expect(result.document.kind).toBe('meeting-notice');
    expect(result.diagnostics.filter((d) => d.ruleId === 'relative-date')).toEqual([]);
  });
});
