import { wallOfText } from '../../rules/wall-of-text/wall-of-text.js';
import { ruleTester } from '../support/rule-tester.js';

const zhHant = (n: number) => '這是一段說明'.repeat(Math.ceil(n / 6)).slice(0, n);
const zhHans = (n: number) => '这是一段说明'.repeat(Math.ceil(n / 6)).slice(0, n);
const now = '2026-11-27T10:00:00+08:00';
const en = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

ruleTester(wallOfText, {
  valid: [
    { language: 'zh-Hant', text: `${zhHant(80)}。`, why: 'exactly at the limit' },
    { language: 'zh-Hant', text: '會議改到週五。\n地點不變。\n請回覆。', now },
    {
      language: 'zh-Hant',
      text: `${zhHant(60)}。${zhHant(60)}。${zhHant(60)}。`,
      why: 'three short sentences, 180 characters',
    },
    { language: 'zh-Hant', text: `${zhHant(120)}。`, options: { sentenceChars: 150 }, why: 'a limit raised in config' },
    {
      language: 'zh-Hant',
      text: `# 說明\n\n${zhHant(120)}。\n`,
      filename: 'page.md',
      why: 'documentation pages are not messages',
    },
    { language: 'zh-Hans', text: `${zhHans(79)}。` },
    { language: 'zh-Hans', text: '- 时间：周五下午三点\n- 地点：301会议室\n- 议题：预算', now },
    {
      language: 'zh-Hans',
      text: `${zhHans(70)}。\n\n${zhHans(70)}。\n\n${zhHans(70)}。`,
      why: 'three paragraphs, each short',
    },
    { language: 'zh-Hans', text: `${zhHans(200)}`, options: { sentenceChars: 300, paragraphChars: 300 } },
    { language: 'zh-Hans', text: `Zoom 連結：https://zoom.us/j/123 ${zhHans(40)}。` },
    { language: 'en', text: `${en(45)}.`, why: 'exactly at the limit' },
    { language: 'en', text: 'The meeting moves to Friday. Same room. Please reply.', now },
    { language: 'en', text: `${en(40)}. ${en(40)}. ${en(40)}.`, why: 'three sentences of 40 words' },
    { language: 'en', text: `${en(60)}.`, options: { sentenceWords: 80 } },
    { language: 'en', text: `# Guide\n\n${en(60)}.\n`, filename: 'guide.md', why: 'a documentation page' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: `${zhHant(81)}。`,
      errors: [{ messageId: 'long-sentence', data: { length: 81, limit: 80 }, line: 1, column: 1, endColumn: 83 }],
    },
    { language: 'zh-Hant', text: `各位好：\n\n${zhHant(90)}。`, errors: [{ messageId: 'long-sentence', line: 3 }] },
    {
      language: 'zh-Hant',
      text: `${zhHant(70)}。${zhHant(70)}。${zhHant(70)}。${zhHant(70)}。`,
      errors: [{ messageId: 'long-paragraph', data: { length: 280, limit: 250 } }],
    },
    {
      language: 'zh-Hant',
      text: `${zhHant(50)}。`,
      options: { sentenceChars: 40 },
      errors: [{ messageId: 'long-sentence', data: { limit: 40 } }],
    },
    { language: 'zh-Hant', text: `- ${zhHant(100)}`, errors: [{ messageId: 'long-sentence' }] },
    { language: 'zh-Hans', text: `${zhHans(100)}。`, errors: [{ messageId: 'long-sentence', data: { length: 100 } }] },
    {
      language: 'zh-Hans',
      text: `${zhHans(60)}。${zhHans(60)}。${zhHans(60)}。${zhHans(80)}。`,
      errors: [{ messageId: 'long-paragraph', data: { length: 260 } }],
    },
    { language: 'zh-Hans', text: `短句。${zhHans(85)}！`, errors: [{ messageId: 'long-sentence', column: 4 }] },
    {
      language: 'zh-Hans',
      text: `${zhHans(81)}；${zhHans(81)}`,
      errors: [{ messageId: 'long-sentence' }, { messageId: 'long-sentence' }],
    },
    {
      language: 'zh-Hans',
      text: `${zhHans(30)}。`,
      options: { sentenceChars: 20, paragraphChars: 25 },
      errors: [{ messageId: 'long-paragraph' }],
    },
    {
      language: 'en',
      text: `${en(46)}.`,
      errors: [{ messageId: 'long-sentence', data: { length: 46, limit: 45 }, column: 1 }],
    },
    { language: 'en', text: `Hi all,\n\n${en(50)}.`, errors: [{ messageId: 'long-sentence', line: 3 }] },
    {
      language: 'en',
      text: `${en(40)}. ${en(40)}. ${en(40)}. ${en(40)}.`,
      errors: [{ messageId: 'long-paragraph', data: { length: 160, limit: 150 } }],
    },
    { language: 'en', text: `- ${en(60)}`, errors: [{ messageId: 'long-sentence' }] },
    {
      language: 'en',
      text: `${en(30)}.`,
      options: { sentenceWords: 20 },
      errors: [{ messageId: 'long-sentence', data: { limit: 20 } }],
    },
  ],
});
