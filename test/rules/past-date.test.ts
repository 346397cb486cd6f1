import { pastDate } from '../../rules/past-date/past-date.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml } from '../support/drafts.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const date = (year: number, month: number, day: number) => ({ type: 'date', value: { year, month, day } });
const three = ['a@example.com', 'b@example.com', 'c@example.com'];

ruleTester(pastDate, {
  valid: [
    // A deadline gone by is the last day for something, not the meeting's day.
    {
      language: 'en',
      text: 'Hi all,\n\nSubmit your topics by November 20, 2026, 23:59 PT. The summit is on December 10, 2026 at 10:00 in Room 301.',
      now,
      why: 'a deadline, not the day',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n请于2026年11月20日23:59前提交议题。大会定于2026年12月10日上午10:00在301会议室召开。',
      now,
      why: '前 ends a deadline',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n請於2026年11月20日23:59前提交議題。大會訂於2026年12月10日上午10:00在301會議室召開。',
      now,
      why: '前 ends a deadline',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe SIG meets Tuesdays at 08:00 PT (bi-weekly, starting September 10th 2024) on https://zoom.us/j/441530404.',
      now,
      why: 'the first day of a standing series',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n2024年9月10日起，每双周二上午10:00开例会，腾讯会议 123-456-789。',
      now,
      why: 'the day a standing series began',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n自2024年9月10日開始，每兩週二上午10:00開例會，地點301會議室。',
      now,
      why: 'the day a standing series began',
    },
    { language: 'zh-Hant', text: '各位同仁：\n\n訂於2026年12月16日（星期三）上午9:00召開檢討會議，請準時出席。', now },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n今天下午3點在301會議室開會，請準時出席。',
      now,
      why: 'today is not past',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n上次會議在2026年11月20日，這次訂於12月4日（週五）下午2點召開，請準時出席。',
      now,
      why: 'the earlier date is history; the meeting has the start time',
    },
    { language: 'zh-Hant', text: '2025年3月1日的會議紀錄已上傳。', now, why: 'not a notice' },
    { language: 'zh-Hant', text: '各位同仁：每週二下午3點例會，請準時出席。', now, why: 'recurring' },
    { language: 'zh-Hans', ...eml(three, '各位同事：\n\n定于12月11日（周五）下午2:00召开评审会。'), now },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n定于1月8日下午三点召开年会，请准时参加。',
      now,
      why: 'a year-less date means the next one',
    },
    { language: 'zh-Hans', text: '大家好，明天上午10点开会。', now },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n定于2026年11月20日召开评审会，请准时参加。',
      now,
      kind: 'other',
      why: 'not a notice',
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位同事：\n\n定于12月1日（周二）上午10点召开季度会议。'),
      why: 'read on the Date header of the mail (27 November)',
    },
    { language: 'en', text: 'Hi all,\n\nWe will meet on Thursday, December 10, 2026 at 1:00 PM in Room 4.12.', now },
    { language: 'en', text: 'Hi team,\n\nLet us meet tomorrow at 3pm in Room 2.', now },
    {
      language: 'en',
      text: 'Hi all,\n\nAfter the November 2 retro, we will meet on December 3, 2026 at 10:00 in Room 4.12.',
      now,
      why: 'history before the meeting',
    },
    { language: 'en', text: 'Minutes of the meeting on March 3, 2025 are in the wiki.', now, why: 'not a notice' },
    { language: 'en', text: 'Hi all,\n\nThe standup is every Monday at 9:30 in Room 1.', now, why: 'recurring' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n訂於2025年12月16日（星期二）上午9:00召開檢討會議，請準時出席。',
      now,
      errors: [
        {
          messageId: 'date-in-past',
          data: { date: date(2025, 12, 16), today: date(2026, 11, 27) },
          line: 3,
          column: 3,
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n訂於2026年11月20日下午2點召開會議，請準時出席。',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2026, 11, 20) } }],
    },
    {
      language: 'zh-Hant',
      ...eml(three, '各位好：\n\n2026/11/3 19:00 在三教1301開會。'),
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n昨天下午3點的會議改到301會議室。',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2026, 11, 26) } }],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n會議訂於2025年1月8日（星期三）下午2點召開。',
      now,
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n定于2025年12月11日（周四）下午2:00召开评审会，请准时参加。',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2025, 12, 11) } }],
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位同事：\n\n定于2026年11月2日上午10点召开季度会议。'),
      errors: [{ messageId: 'date-in-past', data: { today: date(2026, 11, 27) } }],
    },
    {
      language: 'zh-Hans',
      text: '大家好，2026-10-30 15:00 在3楼会议室开会。',
      now,
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n会议定于2025年6月1日举行，请准时参加。',
      now,
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n前天下午的会议纪要请补发，下次会议定于2026年11月25日下午3点。',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2026, 11, 25) } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWe will meet on Thursday, December 11, 2025 at 1:00 PM in Room 4.12.',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2025, 12, 11) }, line: 3 }],
    },
    {
      language: 'en',
      ...eml(three, 'Hi all,\n\nThe planning meeting is on November 3, 2026 at 10:00 in Room 4.12.'),
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'en',
      text: 'Hi team,\n\nLet us meet yesterday at 3pm in Room 2.',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2026, 11, 26) } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nJoin us for the kickoff meeting on 2026-01-15 at 09:30 in Room 1.',
      now,
      errors: [{ messageId: 'date-in-past' }],
    },
    {
      language: 'en',
      text: 'Hi everyone,\n\nThe workshop will be held on March 3, 2025, 2 PM, in Hall B.',
      now,
      errors: [{ messageId: 'date-in-past', data: { date: date(2025, 3, 3) } }],
    },
  ],
});
