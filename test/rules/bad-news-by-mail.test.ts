import { badNewsByMail } from '../../rules/bad-news-by-mail/bad-news-by-mail.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml } from '../support/drafts.js';

const three = ['a@example.com', 'b@example.com', 'c@example.com'];
const now = '2026-11-27T10:00:00+08:00';
const list = (...terms: string[]) => ({ terms: { type: 'list', value: terms } });

ruleTester(badNewsByMail, {
  valid: [
    {
      language: 'zh-Hant',
      ...eml(['lin@example.com'], '林經理您好：\n\n關於下月裁員的名單，我們明天下午當面討論。'),
      now,
      why: 'to one person',
    },
    { now, language: 'zh-Hant', text: '各位好：\n\n公司今年不會裁員，請大家安心。', why: 'negated' },
    { language: 'zh-Hant', text: '各位好：\n\n本週五下午三點在301會議室開季度會議。', now, why: 'no bad news' },
    { language: 'zh-Hant', text: '關於裁員的法規說明請見本頁。', filename: 'guide.md', why: 'a documentation page' },
    {
      language: 'zh-Hant',
      text: '各位：\n\n> 公司決定裁員\n\n收到，明天當面說明。',
      now,
      why: 'the news is in a quoted earlier mail',
    },
    { now, language: 'zh-Hans', text: '各位同事：\n\n今年没有减薪计划。', why: 'negated' },
    {
      language: 'zh-Hans',
      ...eml(['wang@example.com'], '王经理：\n\n关于降薪的方案，我们下午当面谈。'),
      why: 'private',
    },
    { language: 'zh-Hans', text: '大家好，年终奖金照常发放。', why: 'good news' },
    {
      language: 'zh-Hans',
      text: '各位：项目取消的传闻不实。',
      options: { remove: ['项目取消'] },
      why: 'word removed in config',
    },
    { language: 'zh-Hans', text: '这一章讲解如何在部门裁员后交接系统。', filename: 'book.md', why: 'a page' },
    { language: 'en', text: 'Hi all,\n\nThere will be no layoffs this year.', why: 'negated' },
    {
      now,
      language: 'en',
      ...eml(['dana@example.com'], 'Hi Dana,\n\nCan we talk about the restructuring tomorrow at 10?'),
      why: 'private',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nGreat quarter, everyone: bonuses are paid on Friday.',
      now,
      why: 'no bad news',
    },
    {
      language: 'en',
      text: 'The `shutdown` hook is called when the server is shutting down.',
      filename: 'api.md',
      why: 'a page about software',
    },
    {
      now,
      language: 'en',
      ...eml(three, 'Hi all,\n\n> We will announce layoffs next week.\n\nPlease keep this confidential until we meet.'),
      why: 'quoted',
    },
    // Issue 18: a denial is not bad news, in each language and in the other ways people deny.
    {
      language: 'en',
      ...eml(['all-staff@example.com'], 'Hi all,\n\nNobody is being laid off. The layoff rumours are simply wrong.'),
      why: 'a layoff denied, and the rumour called wrong',
    },
    { language: 'en', text: 'Hi all,\n\nThere are no plans to reduce headcount.', why: 'negated within its clause' },
    {
      language: 'en',
      text: 'Hi team,\n\nThe rumours that we are closing the Lisbon office are untrue.',
      why: 'a closure rumour denied',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWill there be layoffs this year? That is the question I keep hearing.',
      why: 'asked, not announced',
    },
    {
      language: 'en',
      text: "Hi all,\n\nTomorrow's lab is cancelled for the holiday; the make-up lab is on Friday.",
      now,
      why: 'a routine cancellation weighs too little alone',
    },
    { language: 'zh-Hans', ...eml(['all@example.com'], '各位：\n\n没有人会被裁员，裁员的传闻不实。'), why: 'denied' },
    { language: 'zh-Hans', text: '大家好，网传公司要关闭上海办公室，这个消息并非事实。', why: 'a rumour denied' },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n公司不得不调整排班，但不会裁员，也不会降薪。',
      why: '不会 negates both; 不得不 does not negate and names no bad news',
    },
    {
      language: 'zh-Hant',
      ...eml(['all@example.com'], '各位同仁：\n\n沒有任何人會被裁員，裁員的傳聞完全不實。'),
      why: 'denied',
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n公司並未降薪，網路上的說法是謠言，純屬誤會。',
      why: '並未 negates; a rumour denied',
    },
    { now, language: 'zh-Hant', text: '各位：\n\n請問明年會不會關閉台中門市？', why: 'asked, not announced' },
    // A postponement to a date is routine; a project asked about or denied to be abandoned is no news.
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'en',
      text: 'Hi all,\n\nWe postponed the meetup to 2027-01-15.',
      why: 'postponed to a date',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hans',
      text: '各位：\n\n分享会延期到明年1月15日。',
      why: 'postponed to a date',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hant',
      text: '各位：\n\n分享會延期到明年1月15日。',
      why: 'postponed to a date',
    },
    { language: 'zh-Hans', text: '没有跑路，线路升级了，网站也改了。', why: 'denied' },
    { language: 'zh-Hant', text: '這個軟體不維護了嗎？', why: 'a question' },
    { language: 'en', text: 'Is this project no longer maintained?', why: 'a question' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      ...eml(['all-staff@example.com'], '各位同仁：\n\n公司決定下個月裁員百分之十。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('裁員'), line: 9, column: 8, endColumn: 10 }],
    },
    {
      now,
      language: 'zh-Hant',
      text: '各位好：\n\n因營運調整，台中門市將於月底結束營業。',
      errors: [{ messageId: 'bad-news-to-group', data: list('結束營業') }],
    },
    {
      now,
      language: 'zh-Hant',
      ...eml(three, '今年停發獎金，並實施無薪假。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('停發獎金', '無薪假') }],
    },
    {
      now,
      language: 'zh-Hant',
      text: '@所有人 下季起全面減薪。',
      errors: [{ messageId: 'bad-news-to-group', data: list('減薪') }],
    },
    {
      now,
      language: 'zh-Hant',
      text: '各位同仁：明年起部門縮編。',
      errors: [{ messageId: 'bad-news-to-group', data: list('縮編') }],
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位同事：\n\n公司决定冻结招聘，并取消年终。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('冻结招聘', '取消年终') }],
    },
    {
      language: 'zh-Hans',
      text: '大家好，X 项目取消，团队解散。',
      errors: [{ messageId: 'bad-news-to-group', data: list('项目取消', '团队解散') }],
    },
    {
      language: 'zh-Hans',
      ...eml(['everyone@example.com'], '下月起全员降薪百分之二十。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('降薪') }],
    },
    {
      language: 'zh-Hans',
      text: '全体员工：上海办公室关厂。',
      errors: [{ messageId: 'bad-news-to-group', data: list('关厂') }],
    },
    {
      now,
      language: 'zh-Hans',
      text: '各位：下周起停发餐补。',
      options: { extra: ['停发餐补'] },
      errors: [{ messageId: 'bad-news-to-group', data: list('停发餐补') }],
    },
    {
      now,
      language: 'en',
      ...eml(['all@example.com'], 'Hi all,\n\nWe will announce layoffs next week.'),
      errors: [{ messageId: 'bad-news-to-group', data: list('layoffs') }],
    },
    {
      language: 'en',
      text: 'Hi everyone,\n\nThere will be a hiring freeze from January.',
      errors: [{ messageId: 'bad-news-to-group', data: list('hiring freeze') }],
    },
    {
      language: 'en',
      ...eml(three, 'We are closing the office in Leeds, and there will be pay cuts.'),
      errors: [{ messageId: 'bad-news-to-group', data: list('closing the office', 'pay cuts') }],
    },
    {
      language: 'en',
      text: '@channel Project Atlas cancelled, effective today.',
      now,
      options: { extra: ['cancelled, effective today'] },
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'en',
      text: 'Hi team, the company is going through a reduction in force.',
      errors: [{ messageId: 'bad-news-to-group', data: list('reduction in force') }],
    },
    // Issue 18: layoffs, closures and cancellations mailed to everyone, each in three languages and other wordings.
    {
      language: 'en',
      ...eml(
        ['all-staff@example.com'],
        'Hi all,\n\nAfter a hard year, about a sixth of our workforce will be let go this month, and remaining salaries will be cut by ten percent.',
      ),
      errors: [{ messageId: 'bad-news-to-group', data: list('be let go', 'salaries will be cut') }],
    },
    {
      now,
      language: 'en',
      ...eml(
        ['everyone@example.com'],
        'We have made the difficult decision to lay off 120 colleagues and freeze pay. There will be a pay freeze until June.',
      ),
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'en',
      text: 'Hi everyone,\n\nThe Horizon program is discontinued, and the team will shrink by a quarter.',
      errors: [{ messageId: 'bad-news-to-group', data: list('discontinued') }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWe will reduce headcount by about 25% as the program winds down.',
      errors: [{ messageId: 'bad-news-to-group', data: list('reduce headcount') }],
    },
    {
      language: 'en',
      ...eml(['all@example.com'], 'Hi all,\n\nWe are shutting our Lisbon office at the end of June.'),
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('shutting our Lisbon office') }],
    },
    {
      language: 'en',
      text: 'Hi team,\n\nWe will close the Lisbon office on June 30.',
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('close the Lisbon office') }],
    },
    {
      language: 'en',
      text: 'Hi team,\n\nOur Lisbon office will close in June; the sales department is dissolved.',
      now,
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'en',
      text: 'Dear all,\n\nBy decision of the board, the East China sales division is closed and the employment contracts of its staff end on the 31st.',
      now,
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'en',
      text: '@here we are laying off the support team, effective Friday.',
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('laying off') }],
    },
    {
      language: 'zh-Hans',
      ...eml(['all-staff@example.com'], '各位同事：\n\n经研究决定，撤销华东销售部，相关员工的劳动合同将于月底终止。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('撤销', '劳动合同将') }],
    },
    {
      language: 'zh-Hans',
      ...eml(['all-staff@example.com'], '各位同事：\n\n公司将裁减约六分之一的员工，其余员工降薪百分之十。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('裁减', '降薪') }],
    },
    {
      language: 'zh-Hans',
      text: '大家好：\n\n新人培训计划终止，团队缩减四分之一。',
      errors: [{ messageId: 'bad-news-to-group', data: list('计划终止', '团队缩减') }],
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n我们将在六月底关闭里斯本办公室。',
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('关闭里斯本办公室') }],
    },
    {
      language: 'zh-Hans',
      text: '@所有人 下个月起精简人员，部分同事将解除劳动合同。',
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('精简人员', '解除劳动合同') }],
    },
    {
      now,
      language: 'zh-Hant',
      ...eml(['all-staff@example.com'], '各位同仁：\n\n經研究決定，撤銷華東銷售部，相關員工的勞動合約將於月底終止。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('撤銷', '勞動合約將') }],
    },
    {
      language: 'zh-Hant',
      ...eml(['all-staff@example.com'], '各位同仁：\n\n公司將資遣約六分之一的員工，其餘同仁薪資調降一成。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('資遣', '薪資調降') }],
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n星火計畫停止，團隊縮編四分之一。',
      errors: [{ messageId: 'bad-news-to-group', data: list('計畫停止', '縮編') }],
    },
    {
      language: 'zh-Hant',
      text: '各位：\n\n我們將在六月底關閉里斯本辦公室。',
      now,
      errors: [{ messageId: 'bad-news-to-group', data: list('關閉里斯本辦公室') }],
    },
    {
      language: 'zh-Hant',
      text: '各位使用者：本專案即日起停止維護。',
      errors: [{ messageId: 'bad-news-to-group', data: list('停止維護') }],
    },
    // A year-long postponement cancels this year's event; a project abandoned is said in many ways.
    {
      language: 'en',
      text: 'Hi all,\n\nWe have decided to postpone the conference to 2027.',
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    { language: 'zh-Hans', text: '各位：\n\n今年的大会延期到明年举办。', errors: [{ messageId: 'bad-news-to-group' }] },
    { language: 'zh-Hant', text: '各位：\n\n今年的大會延期到明年舉辦。', errors: [{ messageId: 'bad-news-to-group' }] },
    {
      language: 'zh-Hans',
      text: '@所有人 这个项目不维护了，作者跑路了。',
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'zh-Hant',
      text: '@所有人 這個專案不維護了，作者跑路了。',
      errors: [{ messageId: 'bad-news-to-group' }],
    },
    {
      language: 'en',
      text: '@channel This project is no longer maintained.',
      errors: [{ messageId: 'bad-news-to-group' }],
    },
  ],
});
