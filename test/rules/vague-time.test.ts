import { vagueTime } from '../../rules/vague-time/vague-time.js';
import { ruleTester } from '../support/rule-tester.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';

ruleTester(vagueTime, {
  valid: [
    { language: 'zh-Hans', text: '我下周出差，不在公司。', now, why: 'a week that arranges nothing' },
    { language: 'zh-Hans', text: '下周三下午3点开会。', now, why: '下周三 is a day' },
    { language: 'zh-Hant', text: '下週的例會改在週三下午3點。', now, why: 'the sentence names the day' },
    { language: 'en', text: 'I am on leave next week.', now, why: 'a week that arranges nothing' },
    { language: 'en', text: "Let's meet next week on Tuesday at 3pm.", now, why: 'the sentence names the day' },
    { language: 'zh-Hans', text: '上周开会讨论了预算。', now, why: 'a past week' },
    {
      language: 'en',
      text: 'This month we have lots of activities, starting with a guest at the meeting.',
      now,
      why: 'a month is no appointment',
    },
    {
      language: 'zh-Hant',
      text: '他一會兒說好一會兒說不好，讓人摸不著頭緒。',
      why: 'alternation: "now … now …", not a time',
    },
    { language: 'zh-Hant', text: '本章稍後會介紹所有權的規則。', why: 'a pointer inside the book' },
    { language: 'zh-Hant', text: '我會在12月3日（週四）下午3點前把報告寄給你。', why: 'an exact time' },
    {
      language: 'zh-Hant',
      text: '等待會議開始的時候，請先把簡報投影出來。',
      why: '待會 inside 等待會議 is no word of its own',
    },
    {
      language: 'zh-Hant',
      text: '請稍後再試一次，或聯絡系統管理員。',
      why: 'an instruction to software users (retry), no appointment',
    },
    { language: 'zh-Hans', text: '我们将在稍后的章节中详细讨论。', why: 'a pointer inside a document' },
    { language: 'zh-Hans', text: '火车晚点了，大家别着急。', why: '晚点 as a delay, not "later"' },
    { language: 'zh-Hans', text: '复制快照等会使用部分存储空间。', why: '等 (etc.) + 会 (will), not 等会' },
    { language: 'zh-Hans', text: '建议尽快升级到最新版本。', why: 'advice to every reader in documentation' },
    { language: 'zh-Hans', text: '很快就能上手。', why: 'about ease, not a time anyone waits for' },
    { language: 'zh-Hans', text: '我们必须认真看好一会儿才能明白。', why: '好一会儿 is a duration' },
    {
      language: 'en',
      text: 'As shown later in this chapter, ownership moves with the value.',
      why: 'a pointer inside the document',
    },
    { language: 'en', text: 'Deploy as soon as the build finishes.', why: 'a condition, not a vague time' },
    { language: 'en', text: 'Requires Node.js 20 or later.', why: 'a version' },
    { language: 'en', text: 'The value is resolved later by the compiler.', why: 'program order' },
    { language: 'en', text: 'Please reply by 17:00 on Friday 4 December.', why: 'an exact deadline' },
    { language: 'en', text: 'See you later!', why: 'a farewell' },
    { language: 'en', text: 'The design will be revisited later in the next section.', why: 'a pointer to a section' },
    { language: 'en', text: 'Please send it ASAP.', options: { disabled: ['asap'] }, why: 'entry turned off by id' },
    {
      language: 'en',
      text: 'New features are coming soon to the dashboard.',
      filename: 'page.md',
      why: 'in documentation pages only words that never describe software are checked',
    },
    {
      language: 'zh-Hans',
      text: '这个值稍后由编译器计算。',
      filename: 'guide.md',
      why: '稍后 in a documentation page describes program order',
    },
    {
      language: 'en',
      text: 'We will finish the report soon.',
      options: { allow: ['finish the report soon'] },
      why: 'an allowed phrase from config',
    },
  ],
  invalid: [
    {
      language: 'zh-Hans',
      text: '下周开会讨论预算。',
      now,
      errors: [
        {
          messageId: 'period',
          data: { term: '下周', unit: { type: 'localized', value: { en: 'week', 'zh-Hant': '週', 'zh-Hans': '周' } } },
        },
      ],
    },
    { language: 'zh-Hant', text: '下週再約時間碰面。', now, errors: [{ messageId: 'period', data: { term: '下週' } }] },
    {
      language: 'en',
      text: "Let's meet this weekend to plan the trip.",
      now,
      errors: [{ messageId: 'period', data: { term: 'this weekend' } }],
    },
    {
      language: 'en',
      text: "Let's meet next week to discuss the budget.",
      now,
      errors: [{ messageId: 'period', data: { term: 'next week' } }],
    },
    {
      language: 'zh-Hant',
      text: '我一會兒再打給你。',
      errors: [
        {
          messageId: 'vague-time',
          data: { term: '一會兒' },
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 5,
          suggestions: [{ messageId: 'replace-with-time', output: '我__月__日__:__再打給你。' }],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '稍後再跟你確認細節。',
      errors: [{ messageId: 'vague-time', data: { term: '稍後' } }],
    },
    { language: 'zh-Hant', text: '我們改天再約吧。', errors: [{ messageId: 'vague-time', data: { term: '改天' } }] },
    { language: 'zh-Hant', text: '請儘快回覆，謝謝。', errors: [{ messageId: 'vague-time', data: { term: '儘快' } }] },
    {
      language: 'zh-Hant',
      text: '等一下我過去找你。',
      errors: [{ messageId: 'vague-time', data: { term: '等一下' } }],
    },
    {
      language: 'zh-Hant',
      text: '會議紀錄過幾天寄出，另外一會兒也會更新待辦。',
      errors: [
        { messageId: 'vague-time', data: { term: '過幾天' } },
        { messageId: 'vague-time', data: { term: '一會兒' } },
      ],
    },
    { language: 'zh-Hans', text: '待会把文件发给你。', errors: [{ messageId: 'vague-time', data: { term: '待会' } }] },
    { language: 'zh-Hans', text: '我晚点把报告发你。', errors: [{ messageId: 'vague-time', data: { term: '晚点' } }] },
    {
      language: 'zh-Hans',
      text: '回头我们再聊这个方案。',
      errors: [{ messageId: 'vague-time', data: { term: '回头' } }],
    },
    { language: 'zh-Hans', text: '过几天给你答复。', errors: [{ messageId: 'vague-time', data: { term: '过几天' } }] },
    { language: 'zh-Hans', text: '近期会安排面试。', errors: [{ messageId: 'vague-time', data: { term: '近期' } }] },
    {
      language: 'zh-Hans',
      text: '一会儿开完会我给你打电话。',
      filename: 'note.md',
      errors: [{ messageId: 'vague-time', data: { term: '一会儿' } }],
    },
    {
      language: 'en',
      text: "I'll send the slides soon.",
      errors: [
        {
          messageId: 'vague-time',
          data: { term: 'soon' },
          line: 1,
          column: 22,
          endColumn: 26,
          suggestions: [{ messageId: 'replace-with-time', output: "I'll send the slides by __:__ on __ __." }],
        },
      ],
    },
    { language: 'en', text: 'Please reply ASAP.', errors: [{ messageId: 'vague-time', data: { term: 'ASAP' } }] },
    {
      language: 'en',
      text: "Let's discuss it later today.",
      now: '2026-11-27T10:00:00+08:00',
      errors: [{ messageId: 'vague-time', data: { term: 'later today' } }],
    },
    {
      language: 'en',
      text: "I'll get back to you in a few days.",
      errors: [{ messageId: 'vague-time', data: { term: 'in a few days' } }],
    },
    {
      language: 'en',
      text: 'We will start in a bit.',
      errors: [{ messageId: 'vague-time', data: { term: 'in a bit' } }],
    },
    {
      language: 'en',
      text: 'Send me the numbers as soon as possible.',
      errors: [{ messageId: 'vague-time', data: { term: 'as soon as possible' } }],
    },
    {
      language: 'en',
      text: 'We can meet sometime next week.',
      now,
      errors: [{ messageId: 'vague-time', data: { term: 'sometime next week' } }],
    },
    {
      language: 'en',
      text: 'Ping me whenever, tbd.',
      options: { extra: ['whenever'] },
      errors: [{ messageId: 'vague-time', data: { term: 'whenever' } }],
    },
    {
      language: 'en',
      text: 'Subject: Budget\n\nHi Ana,\n\nI will call you later.\n',
      errors: [{ messageId: 'vague-time', data: { term: 'later' }, line: 5, column: 17, endLine: 5, endColumn: 22 }],
    },
  ],
});
