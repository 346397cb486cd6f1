import { missingAttachment } from '../../rules/missing-attachment/missing-attachment.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml, md } from '../support/drafts.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';

const to = ['dana@example.com'];
// A multipart message with one attached file.
const withFile = (body: string) => {
  const boundary = 'b1';
  const parts = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    `--${boundary}`,
    'Content-Type: application/pdf; name="report.pdf"',
    'Content-Disposition: attachment; filename="report.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    'JVBERi0xLjQK',
    `--${boundary}--`,
  ].join('\r\n');
  const head = [
    'From: w@example.com',
    'To: dana@example.com',
    'Subject: report',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ].join('\r\n');
  return { text: `${head}\r\n\r\n${parts}\r\n`, filename: 'draft.eml' };
};

ruleTester(missingAttachment, {
  valid: [
    { language: 'zh-Hant', ...withFile('報價單請見附件。'), why: 'the file is attached' },
    {
      now,
      language: 'zh-Hant',
      ...eml(to, '你昨天寄來的附件我看過了，沒有問題。'),
      why: "about someone else's attachment",
    },
    { language: 'zh-Hant', text: '報價單請見附件。', why: 'plain text: whether a file goes with it is unknown' },
    { language: 'zh-Hant', ...eml(to, '報告已經放在共用資料夾。'), why: 'says nothing about an attachment' },
    { language: 'zh-Hant', ...md('attachments: [報價單.pdf]', '報價單請見附件。'), why: 'front matter lists the file' },
    { language: 'zh-Hans', ...withFile('随信附上会议纪要。'), why: 'attached' },
    { language: 'zh-Hans', ...eml(to, '附件大小上限是25MB，请注意。'), why: 'about attachments in general' },
    { language: 'zh-Hans', ...eml(to, '您发来的附件已经转给财务。'), why: "someone else's attachment" },
    {
      now,
      language: 'zh-Hans',
      ...eml(to, '王经理：\n\n> 附件是上周的报表\n\n收到，谢谢。'),
      why: 'quoted earlier mail',
    },
    { language: 'zh-Hans', text: '请见附件。', filename: 'page.md', why: 'a page with no attachments key' },
    { language: 'en', ...withFile('Please find attached the report.'), why: 'attached' },
    {
      now,
      language: 'en',
      ...eml(to, 'I read the attached file you sent me yesterday.'),
      why: "someone else's attachment",
    },
    { language: 'en', ...eml(to, 'The attachment size limit is 25 MB.'), why: 'attachments in general' },
    {
      language: 'en',
      ...eml(to, 'Hi Dana,\n\n> The slides are attached.\n\nThanks, got them.'),
      why: 'quoted earlier mail',
    },
    {
      language: 'en',
      ...md('attachments: [slides.pdf]', 'The slides are attached.'),
      why: 'front matter lists the file',
    },
    {
      language: 'en',
      ...eml(to, 'When the attachment is uploaded, a paper clip icon appears next to the draft.'),
      why: 'attachments as a feature of a mail app',
    },
    {
      language: 'en',
      ...eml(to, 'Sometimes the attachment never uploads, so I remove it and add it again.'),
      why: 'a mail app, not a file handed over',
    },
    { language: 'zh-Hans', ...eml(to, '附件近几日会支持。'), why: 'attachments as a feature' },
    { language: 'zh-Hant', ...eml(to, '目前的版本無法預覽附件。'), why: 'attachments as a feature' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      ...eml(to, '報價單請見附件。'),
      errors: [{ messageId: 'no-attachment', data: { term: '見附件' }, line: 7, column: 5, endColumn: 8 }],
    },
    {
      language: 'zh-Hant',
      ...eml(to, '隨信附上會議紀錄，請查閱。'),
      errors: [{ messageId: 'no-attachment', data: { term: '隨信附上' } }],
    },
    {
      language: 'zh-Hant',
      ...md('attachments: []', '詳見附件的規格書。'),
      errors: [{ messageId: 'no-attachment', data: { term: '詳見附件' } }],
    },
    {
      now,
      language: 'zh-Hant',
      ...eml(to, '附檔是本週的排班表。'),
      errors: [{ messageId: 'no-attachment', data: { term: '附檔' } }],
    },
    {
      language: 'zh-Hant',
      ...eml(to, '合約如附件，請查收。', '合約'),
      errors: [{ messageId: 'no-attachment', data: { term: '如附件' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(to, '报价单请见附件。'),
      errors: [{ messageId: 'no-attachment', data: { term: '见附件' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(to, '随信附上会议纪要。'),
      errors: [{ messageId: 'no-attachment', data: { term: '随信附上' } }],
    },
    {
      now,
      language: 'zh-Hans',
      ...md('attachments: []', '附上本月的考勤表。'),
      errors: [{ messageId: 'no-attachment', data: { term: '附上' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(to, '详见附件中的日程安排。'),
      errors: [{ messageId: 'no-attachment', data: { term: '详见附件' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(to, '请查收本季度的报表。'),
      errors: [{ messageId: 'no-attachment', data: { term: '请查收' } }],
    },
    {
      language: 'en',
      ...eml(to, 'Please find attached the report.'),
      errors: [{ messageId: 'no-attachment', data: { term: 'Please find attached' } }],
    },
    {
      language: 'en',
      ...eml(to, 'The slides are attached.'),
      errors: [{ messageId: 'no-attachment', data: { term: 'attached' } }],
    },
    {
      language: 'en',
      ...eml(to, "I've attached the budget for Q1."),
      errors: [{ messageId: 'no-attachment', data: { term: "I've attached" } }],
    },
    {
      language: 'en',
      ...md('attachments: []', 'The signed contract is enclosed.'),
      errors: [{ messageId: 'no-attachment', data: { term: 'enclosed' } }],
    },
    {
      language: 'en',
      ...eml(to, 'PFA the minutes.', 'Minutes'),
      errors: [{ messageId: 'no-attachment', data: { term: 'PFA' } }],
    },
    {
      language: 'en',
      ...eml(to, 'The budget for Q1 is in the attachment.'),
      errors: [{ messageId: 'no-attachment', data: { term: 'in the attachment' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(to, '报价单在附件里，请看一下。'),
      errors: [{ messageId: 'no-attachment', data: { term: '附件里' } }],
    },
    {
      language: 'zh-Hant',
      ...eml(to, '報價單在附件，請看一下。'),
      errors: [{ messageId: 'no-attachment', data: { term: '附件' } }],
    },
  ],
});
