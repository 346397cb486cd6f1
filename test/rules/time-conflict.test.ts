import { timeConflict } from '../../rules/time-conflict/time-conflict.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../support/rule-tester.js';
import { describe, expect, it } from 'vitest';
import { pageMayReport } from '../../src/engine/prescan.js';

// 2026-11-27 is a Friday; North America and Europe are on standard time until March 2027.
const now = '2026-11-27T10:00:00+08:00';
const weekday = (value: number) => ({ type: 'weekday', value });

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { language: 'en', text: 'Community call: Thursday, December 3, 2026 15:00 UTC (07:00 PST).' },
    { language: 'en', text: 'Sync: Friday, December 4, 2026, 23:00 UTC (Saturday 08:00 JST).', now },
    { language: 'en', text: 'Office hours: July 15, 2027 at 10:00 EDT.', why: 'daylight time in summer' },
    {
      language: 'en',
      text: 'Meetings: Tuesdays at 8:30 PT / 15:30 UTC / 17:30 CET.',
      now,
      why: 'weekly: right in summer, and the season is not given',
    },
    { language: 'en', text: 'The call is at 11AM PST/2PM EST/7PM UTC on December 9, 2026.' },
    { language: 'en', text: 'Planning: Wednesday 12-12:30 PST (3-3:30 EST).', now, why: '3 may be 15:00' },
    {
      language: 'en',
      text: 'The build ran at 15:00 UTC on December 1, 2026 and the deploy at 16:00 CET.',
      why: 'two moments, not one',
    },
    { language: 'zh-Hans', text: '北京时间周四晚上9点（UTC 13:00）开会。', now },
    { language: 'zh-Hans', text: '会议时间：2026年12月3日 21:00 北京时间 / 13:00 UTC。' },
    {
      language: 'zh-Hans',
      text: '请在北京时间18:00前提交材料，评审会在2026年12月3日UTC 12:00开始。',
      why: 'a deadline and a meeting: two moments',
    },
    {
      language: 'zh-Hans',
      text: '会议在周四21:00 CST（13:00 UTC）。',
      now,
      why: 'in Chinese, CST is China Standard Time',
    },
    { language: 'zh-Hant', text: '台北時間週四晚上9點（UTC 13:00）線上開會。', now },
    { language: 'zh-Hant', text: '會議於2026年12月3日上午10:00（UTC+8），即 02:00 UTC 舉行。' },
    { language: 'zh-Hant', text: '線上會議：2027年1月15日上午10點 EST。', why: 'standard time in winter' },
    { language: 'zh-Hant', text: '會議：2026年12月3日 21:00 台北時間（13:00 UTC，08:00 EST）。' },
  ],
  invalid: [
    {
      language: 'en',
      text: 'Community call: Thursday 15:00 UTC (Thursday 09:00 PDT)',
      now,
      errors: [
        {
          messageId: 'times-disagree',
          data: { first: 'Thursday 15:00 UTC', expected: '08:00 PDT', written: '09:00 PDT' },
          column: 37,
          endColumn: 56,
        },
        {
          messageId: 'daylight-out-of-season',
          data: { zone: 'PDT', actual: 'PST', offset: 'UTC−8' },
          column: 52,
          endColumn: 55,
        },
      ],
    },
    {
      language: 'en',
      text: 'Office hours: January 15, 2027 at 10:00 EDT.',
      errors: [
        {
          messageId: 'daylight-out-of-season',
          data: {
            zone: 'EDT',
            date: { type: 'date', value: { year: 2027, month: 1, day: 15 } },
            actual: 'EST',
            offset: 'UTC−5',
          },
          column: 41,
        },
      ],
    },
    {
      language: 'en',
      text: 'Sync: Friday, December 4, 2026, 23:00 UTC (Friday 08:00 JST).',
      now,
      errors: [
        {
          messageId: 'day-disagrees',
          data: { zone: 'JST', expected: weekday(6), written: weekday(5) },
          column: 44,
          endColumn: 50,
        },
      ],
    },
    {
      language: 'en',
      text: 'The call is at 10:00 PST (17:00 UTC) on January 14, 2027.',
      errors: [{ messageId: 'times-disagree', data: { expected: '18:00 UTC', written: '17:00 UTC' } }],
    },
    {
      language: 'en',
      text: '01:00 UTC Wednesday 15th March 2023 / 17:00 PDT Tuesday 14th March 2023',
      errors: [{ messageId: 'times-disagree', data: { expected: '18:00 PDT' } }],
    },
    {
      language: 'en',
      text: 'Kickoff: December 10, 2026 at 9:00 BST.',
      errors: [{ messageId: 'daylight-out-of-season', data: { zone: 'BST', actual: 'GMT', offset: 'UTC+0' } }],
    },
    {
      language: 'zh-Hans',
      text: '北京时间周四晚上9点（UTC 12:00）开会',
      now,
      errors: [
        {
          messageId: 'times-disagree',
          data: { first: '北京时间周四晚上9点', expected: '13:00 UTC', written: '12:00 UTC' },
          column: 16,
          endColumn: 21,
        },
      ],
    },
    {
      language: 'zh-Hans',
      text: '会议时间：2026年12月3日 21:00 北京时间 / 14:00 UTC。',
      errors: [{ messageId: 'times-disagree', data: { expected: '13:00 UTC' } }],
    },
    {
      language: 'zh-Hans',
      text: '线上会议：2027年1月14日 10:00 EDT（北京时间23:00）',
      errors: [
        { messageId: 'daylight-out-of-season', data: { zone: 'EDT' } },
        { messageId: 'times-disagree', data: { expected: '22:00 北京时间' } },
      ],
    },
    {
      language: 'zh-Hans',
      text: '会议时间：2026年12月10日 09:00 PDT，请准时上线。',
      errors: [{ messageId: 'daylight-out-of-season', data: { actual: 'PST' } }],
    },
    {
      language: 'zh-Hans',
      text: '会议在周四21:00 CST（12:00 UTC）。',
      now,
      errors: [{ messageId: 'times-disagree', data: { expected: '13:00 UTC' } }],
    },
    {
      language: 'zh-Hant',
      text: '台北時間週四晚上9點（UTC 12:00）線上開會。',
      now,
      errors: [{ messageId: 'times-disagree', data: { first: '台北時間週四晚上9點', expected: '13:00 UTC' } }],
    },
    {
      language: 'zh-Hant',
      text: '會議於2026年12月3日上午10:00（UTC+8），即 03:00 UTC 舉行。',
      errors: [{ messageId: 'times-disagree', data: { expected: '02:00 UTC', written: '03:00 UTC' } }],
    },
    {
      language: 'zh-Hant',
      text: '線上會議：2027年1月15日上午10點 EDT。',
      errors: [{ messageId: 'daylight-out-of-season', data: { zone: 'EDT', actual: 'EST' } }],
    },
    {
      language: 'zh-Hant',
      text: '會議：2026年12月3日 21:00 台北時間（13:00 UTC，09:00 EST）。',
      errors: [
        { messageId: 'times-disagree', data: { first: '13:00 UTC', expected: '08:00 EST', written: '09:00 EST' } },
      ],
    },
  ],
};

ruleTester(timeConflict, cases);

describe('time-conflict on a documentation page', () => {
  // The pre-scan skips parsing pages no rule can report on; each draft the rule reports on must get through it.
  it.each(cases.invalid.map((c) => [c.text]))('%s is parsed', (text) => {
    expect(pageMayReport(text, [timeConflict])).toBe(true);
  });
});
