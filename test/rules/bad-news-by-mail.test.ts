import { badNewsByMail } from '../../rules/bad-news-by-mail/bad-news-by-mail.js';
import type { Rule } from '../../src/engine/rule.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml } from '../support/drafts.js';

const three = ['a@example.com', 'b@example.com', 'c@example.com'];
const now = '2026-11-27T10:00:00+08:00';
const list = (...terms: string[]) => ({ terms: { type: 'list', value: terms } });

ruleTester(badNewsByMail as unknown as Rule, {
  valid: [
    { language: 'zh-Hant', ...eml(['lin@example.com'], '林經理您好：\n\n關於下月裁員的名單，我們明天下午當面討論。'), now, why: 'to one person' },
    { language: 'zh-Hant', text: '各位好：\n\n公司今年不會裁員，請大家安心。', why: 'negated' },
    { language: 'zh-Hant', text: '各位好：\n\n本週五下午三點在301會議室開季度會議。', now, why: 'no bad news' },
    { language: 'zh-Hant', text: '關於裁員的法規說明請見本頁。', filename: 'guide.md', why: 'a documentation page' },
    { language: 'zh-Hant', text: '各位：\n\n> 公司決定裁員\n\n收到，明天當面說明。', now, why: 'the news is in a quoted earlier mail' },
    { language: 'zh-Hans', text: '各位同事：\n\n今年没有减薪计划。', why: 'negated' },
    { language: 'zh-Hans', ...eml(['wang@example.com'], '王经理：\n\n关于降薪的方案，我们下午当面谈。'), why: 'private' },
    { language: 'zh-Hans', text: '大家好，年终奖金照常发放。', why: 'good news' },
    { language: 'zh-Hans', text: '各位：项目取消的传闻不实。', options: { remove: ['项目取消'] }, why: 'word removed in config' },
    { language: 'zh-Hans', text: '这一章讲解如何在部门裁员后交接系统。', filename: 'book.md', why: 'a page' },
    { language: 'en', text: 'Hi all,\n\nThere will be no layoffs this year.', why: 'negated' },
    { language: 'en', ...eml(['dana@example.com'], 'Hi Dana,\n\nCan we talk about the restructuring tomorrow at 10?'), why: 'private' },
    { language: 'en', text: 'Hi team,\n\nGreat quarter, everyone: bonuses are paid on Friday.', now, why: 'no bad news' },
    { language: 'en', text: 'The `shutdown` hook is called when the server is shutting down.', filename: 'api.md', why: 'a page about software' },
    { language: 'en', ...eml(three, 'Hi all,\n\n> We will announce layoffs next week.\n\nPlease keep this confidential until we meet.'), why: 'quoted' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      ...eml(['all-staff@example.com'], '各位同仁：\n\n公司決定下個月裁員百分之十。'),
      errors: [{ messageId: 'bad-news-to-group', data: list('裁員'), line: 9, column: 8, endColumn: 10 }],
    },
    { now, language: 'zh-Hant', text: '各位好：\n\n因營運調整，台中門市將於月底結束營業。', errors: [{ messageId: 'bad-news-to-group', data: list('結束營業') }] },
    { language: 'zh-Hant', ...eml(three, '今年停發獎金，並實施無薪假。'), errors: [{ messageId: 'bad-news-to-group', data: list('停發獎金', '無薪假') }] },
    { language: 'zh-Hant', text: '@所有人 下季起全面減薪。', errors: [{ messageId: 'bad-news-to-group', data: list('減薪') }] },
    { language: 'zh-Hant', text: '各位同仁：明年起部門縮編。', errors: [{ messageId: 'bad-news-to-group', data: list('縮編') }] },
    { language: 'zh-Hans', ...eml(three, '各位同事：\n\n公司决定冻结招聘，并取消年终。'), errors: [{ messageId: 'bad-news-to-group', data: list('冻结招聘', '取消年终') }] },
    { language: 'zh-Hans', text: '大家好，X 项目取消，团队解散。', errors: [{ messageId: 'bad-news-to-group', data: list('项目取消') }] },
    { language: 'zh-Hans', ...eml(['everyone@example.com'], '下月起全员降薪百分之二十。'), errors: [{ messageId: 'bad-news-to-group', data: list('降薪') }] },
    { language: 'zh-Hans', text: '全体员工：上海办公室关厂。', errors: [{ messageId: 'bad-news-to-group', data: list('关厂') }] },
    { now, language: 'zh-Hans', text: '各位：下周起停发餐补。', options: { extra: ['停发餐补'] }, errors: [{ messageId: 'bad-news-to-group', data: list('停发餐补') }] },
    { language: 'en', ...eml(['all@example.com'], 'Hi all,\n\nWe will announce layoffs next week.'), errors: [{ messageId: 'bad-news-to-group', data: list('layoffs') }] },
    { language: 'en', text: 'Hi everyone,\n\nThere will be a hiring freeze from January.', errors: [{ messageId: 'bad-news-to-group', data: list('hiring freeze') }] },
    { language: 'en', ...eml(three, 'We are closing the office in Leeds, and there will be pay cuts.'), errors: [{ messageId: 'bad-news-to-group', data: list('closing the office', 'pay cuts') }] },
    { language: 'en', text: '@channel Project Atlas cancelled, effective today.', now, options: { extra: ['cancelled, effective today'] }, errors: [{ messageId: 'bad-news-to-group' }] },
    { language: 'en', text: 'Hi team, the company is going through a reduction in force.', errors: [{ messageId: 'bad-news-to-group', data: list('reduction in force') }] },
  ],
});
