// The plugin's rule, tested the way draftlint tests its own: `ruleTester` from draftlint/testing, under vitest.
import { ruleTester } from 'draftlint/testing';
import { codeName } from './code-name.js';

const options = { names: ['Bluefin', '藍鰭計畫', '蓝鳍计划'], internalDomains: ['example.com'] };
const mail = (to, body) =>
  `From: a@example.com\nTo: ${to}\nSubject: x\nDate: Fri, 27 Nov 2026 10:00:00 +0800\n\n${body}\n`;

ruleTester(codeName, {
  valid: [
    {
      language: 'en',
      filename: 'a.eml',
      options,
      text: mail('team@example.com', 'Bluefin ships on Tuesday.'),
      why: 'every reader is inside',
    },
    {
      language: 'en',
      filename: 'a.eml',
      options,
      text: mail('bo@partner.org', 'The bluefinch sings outside.'),
      why: 'part of a word',
    },
    {
      language: 'zh-Hant',
      filename: 'a.eml',
      options,
      text: mail('同事 <wang@example.com>', '藍鰭計畫下週上線，請大家準備。'),
    },
    {
      language: 'zh-Hans',
      filename: 'a.eml',
      options,
      text: mail('合作方 <li@partner.cn>', '新版本下周上线，请做好准备。'),
    },
  ],
  invalid: [
    {
      language: 'en',
      filename: 'a.eml',
      options,
      text: mail('bo@partner.org', 'Bluefin ships to your team next month.'),
      errors: [{ messageId: 'code-name', data: { name: 'Bluefin', outsider: 'bo@partner.org' }, line: 6, column: 1 }],
    },
    {
      language: 'zh-Hant',
      filename: 'a.eml',
      options,
      text: mail('客戶 <chen@client.com.tw>', '藍鰭計畫下週上線，屆時再通知您。'),
      errors: [{ messageId: 'code-name', data: { name: '藍鰭計畫' } }],
    },
    {
      language: 'zh-Hans',
      filename: 'a.eml',
      options,
      text: mail('合作方 <li@partner.cn>', '蓝鳍计划下周上线，请做好准备。'),
      errors: [{ messageId: 'code-name', data: { name: '蓝鳍计划' } }],
    },
  ],
});
