import { ambiguousClock } from '../../rules/ambiguous-clock/ambiguous-clock.js';
import { ruleTester } from '../support/rule-tester.js';

const now = '2026-11-27T10:00:00+08:00';
const reading = (en: string, hant: string, hans: string) => ({
  type: 'localized',
  value: { en, 'zh-Hant': hant, 'zh-Hans': hans },
});

ruleTester(ambiguousClock, {
  valid: [
    { language: 'zh-Hant', text: '各位同仁：下午3點在301會議室開會。', now },
    { language: 'zh-Hant', text: '明天15:00開會，地點301。', now, why: '24-hour clock' },
    { language: 'zh-Hant', text: '下午的會改到3點，地點不變。', now, why: 'the part of the day is in the sentence' },
    { language: 'zh-Hant', text: '第3點需要修改，其他沒問題。', why: 'a point of a list' },
    { language: 'zh-Hant', text: '以下3點意見請參考。', why: 'a count' },
    { language: 'zh-Hant', text: '晨會9:30開始，週報會14:00開始。', now, why: 'the draft counts to 24 elsewhere' },
    { language: 'zh-Hans', text: '我们晚上8点在餐厅见。', now },
    { language: 'zh-Hans', text: '会议时间以 UTC+8 时区为准，具体安排另行通知。', why: 'an offset, not a time' },
    { language: 'zh-Hans', text: '明早9点在大门口集合。', now, why: '明早 says the morning' },
    { language: 'zh-Hans', text: '有3点要说明：第一，预算；第二，人手；第三，时间。', why: 'a count' },
    { language: 'zh-Hans', text: '12点在食堂门口见。', now, why: '12 is noon' },
    { language: 'en', text: 'Meet at 3pm in Room 2.', now },
    { language: 'en', text: 'We rate it at 3 out of 5.', why: 'a score' },
    {
      language: 'en',
      text: 'The standup is at 9:30 and the review at 14:00.',
      now,
      why: 'the draft counts to 24 elsewhere',
    },
    { language: 'en', text: 'Lunch at 1 in the canteen.', now, why: 'lunch says the half of the day' },
    { language: 'en', text: 'The call is at 10:00 UTC on Thursday.', now, why: 'UTC times are 24-hour' },
    {
      language: 'en',
      text: '---\ntitle: Schedule\n---\n\n| 1:00-2:00 | Lunch |\n| 2:00-3:50 | Updates |\n',
      filename: 'schedule.md',
      now,
      why: 'a page, not a message',
    },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '3點在301會議室開會。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: {
            written: '3點',
            morning: reading('03:00', '凌晨3點（03:00）', '凌晨3点（03:00）'),
            evening: reading('15:00', '下午3點（15:00）', '下午3点（15:00）'),
            suggested: '下午3點',
          },
          line: 1,
          column: 1,
          endColumn: 3,
          suggestions: [
            { messageId: 'add-pm', output: '下午3點在301會議室開會。' },
            { messageId: 'add-am', output: '凌晨3點在301會議室開會。' },
          ],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '明天3:00開會，地點301。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '3:00' },
          column: 3,
          suggestions: [
            { messageId: 'add-pm', output: '明天下午3:00開會，地點301。' },
            { messageId: 'add-am', output: '明天凌晨3:00開會，地點301。' },
          ],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '十點半在門口集合，不要遲到。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '十點半', suggested: '上午十點半' },
          suggestions: [
            { messageId: 'add-am', output: '上午十點半在門口集合，不要遲到。' },
            { messageId: 'add-pm', output: '晚上十點半在門口集合，不要遲到。' },
          ],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n週五8點在大禮堂舉行年終晚會，請準時出席。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '8點', evening: reading('20:00', '晚上8點（20:00）', '晚上8点（20:00）') },
          line: 3,
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '後天7點半出發，車在校門口等。',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '7點半' } }],
    },
    {
      language: 'zh-Hans',
      text: '3点开会，地点301。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          suggestions: [
            { messageId: 'add-pm', output: '下午3点开会，地点301。' },
            { messageId: 'add-am', output: '凌晨3点开会，地点301。' },
          ],
        },
      ],
    },
    {
      language: 'zh-Hans',
      text: '明天9:30在3楼会议室开周会。',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '9:30', suggested: '上午9:30' } }],
    },
    {
      language: 'zh-Hans',
      text: '大家好，周六6点在体育馆集合。',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '6点', suggested: '晚上6点' } }],
    },
    {
      language: 'zh-Hans',
      text: '下周二2点在线上开评审会。',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '2点' },
          suggestions: [
            { messageId: 'add-pm', output: '下周二下午2点在线上开评审会。' },
            { messageId: 'add-am', output: '下周二凌晨2点在线上开评审会。' },
          ],
        },
      ],
    },
    {
      language: 'zh-Hans',
      text: '11点在门口见，然后一起去机场。',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '11点' } }],
    },
    {
      language: 'en',
      text: "Let's meet at 3.",
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '3', suggested: '3 PM' },
          column: 15,
          suggestions: [
            { messageId: 'add-pm', output: "Let's meet at 3 PM." },
            { messageId: 'add-am', output: "Let's meet at 3 AM." },
          ],
        },
      ],
    },
    {
      language: 'en',
      text: 'Meet at 3 tomorrow in Room 2.',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '3' } }],
    },
    {
      language: 'en',
      text: "The call starts at 10 o'clock in Room 2.",
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: "10 o'clock", suggested: '10 AM' },
          suggestions: [
            { messageId: 'add-am', output: 'The call starts at 10 AM in Room 2.' },
            { messageId: 'add-pm', output: 'The call starts at 10 PM in Room 2.' },
          ],
        },
      ],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe review is at 9:00 on December 3 in Room 4.12.',
      now,
      errors: [
        {
          messageId: 'ambiguous-clock',
          data: { written: '9:00', morning: reading('09:00', '上午9點（09:00）', '上午9点（09:00）') },
          line: 3,
        },
      ],
    },
    {
      language: 'en',
      text: 'The party starts at 7 on Friday at the office.',
      now,
      errors: [{ messageId: 'ambiguous-clock', data: { written: '7' } }],
    },
  ],
});
