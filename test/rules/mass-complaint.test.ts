import { massComplaint } from '../../rules/mass-complaint/mass-complaint.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml, md } from '../support/drafts.js';

const three = ['a@example.com', 'b@example.com', 'c@example.com'];
const now = '2026-11-27T10:00:00+08:00';
const list = (...terms: string[]) => ({ terms: { type: 'list', value: terms } });

ruleTester(massComplaint, {
  valid: [
    {
      language: 'zh-Hant',
      ...eml(['wang@example.com'], '王經理您好：\n\n這流程太離譜了，我們找時間當面談談。'),
      why: 'one named recipient and no group cue: a private word',
    },
    {
      now,
      language: 'zh-Hant',
      ...eml(three, '各位好：\n\n本週五下午三點在301會議室開會。'),
      why: 'a group, but no complaint',
    },
    { language: 'zh-Hant', text: '各位好：\n\n這個結果並不離譜，大家辛苦了。', why: 'negated' },
    { language: 'zh-Hant', text: '各位：\n\n誰說這流程離譜？它運作得很好。', why: 'a question that answers itself' },
    {
      language: 'zh-Hant',
      ...md('to: [wang@example.com]', '王經理：這流程太離譜了。'),
      why: 'front matter names one recipient',
    },
    {
      language: 'zh-Hans',
      text: '大家可能觉得这个限制很离谱，但它保护了数据。',
      filename: 'page.md',
      why: 'a documentation page is sent to no one',
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位：\n\n> 这流程太离谱了\n\n收到，我来处理。'),
      why: 'the complaint is in the quoted earlier mail',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：这流程太离谱了。',
      options: { remove: ['离谱', '太离谱'] },
      why: 'words removed in config',
    },
    {
      language: 'zh-Hans',
      ...eml(['a@example.com', 'b@example.com'], '这流程太离谱了，我们聊聊。'),
      why: 'two recipients and no group cue',
    },
    {
      now,
      language: 'en',
      ...eml(['bob@example.com'], "Hi Bob,\n\nI'm sick of this release process; can we talk tomorrow?"),
      why: 'private',
    },
    { language: 'en', ...eml(three, 'Hi all,\n\nThe release went out on time. Great work!'), why: 'no complaint' },
    { language: 'en', text: 'Hi team,\n\nThe result is not absurd at all.', why: 'negated' },
    {
      language: 'en',
      text: 'This API looks absurd at first, but it keeps state consistent.',
      filename: 'page.md',
      why: 'a documentation page',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWho said this plan was absurd? It worked.',
      why: 'a question that answers itself',
    },
    {
      language: 'en',
      ...eml(three, 'Hi all,\n\n> What a mess this sprint was.\n\nAgreed, let us fix the process.'),
      why: 'quoted reply',
    },
    {
      now,
      language: 'en',
      text: 'Hi all,\n\nSorry, I apologize for my careless and sloppy handoff last week.',
      why: 'blame the writer takes on is an apology',
    },
    { now, language: 'zh-Hans', text: '各位：\n\n上周是我太粗心了，给大家添麻烦了。', why: 'self-blame' },
    { now, language: 'zh-Hant', text: '各位：\n\n上週是我太粗心了，給大家添麻煩了。', why: 'self-blame' },
    // Issue 18: other people's complaints, reported, are not the writer's.
    {
      language: 'en',
      text: 'Hi all,\n\nSeveral users wrote in that the old signup form was a nightmare.',
      why: 'reported speech',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nCustomers told us the checkout page is a nightmare; the redesign ships on Monday.',
      now,
      why: 'reported speech',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nAccording to the survey, people find the expense tool ridiculous.',
      why: 'reported speech',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nOne reviewer wrote "this API is absurd", and we agree it needs work.',
      why: 'a quotation',
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n有使用者反映舊版設定頁太難用了，新版下週上線。',
      now,
      why: 'reported speech',
    },
    { language: 'zh-Hant', text: '各位：\n\n據說舊版報表系統太難用了，我們會評估。', why: 'hearsay' },
    { language: 'zh-Hant', text: '各位：\n\n客戶說「這流程太離譜了」，我們正在改。', why: 'a quotation' },
    {
      language: 'zh-Hans',
      text: '大家好：\n\n有用户反映旧版设置页太难用了，新版下周上线。',
      now,
      why: 'reported speech',
    },
    { language: 'zh-Hans', text: '各位：客户说这个流程太离谱了，我们正在改。', why: 'reported speech' },
    { language: 'zh-Hans', text: '大家好，听说旧版报表系统太难用了，有类似感受的请告诉我。', why: 'hearsay' },
    // A colleague blamed by name is public criticism, reported by that rule; the same sentence is not also a complaint.
    { language: 'en', text: 'Hi all,\n\nBob dropped the ball on the release.', why: 'named blame: public-criticism' },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hans',
      text: '@全体成员 张伟上周的提交又把测试环境搞挂了，大家以后都看着点。',
      why: 'named blame: public-criticism',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hant',
      text: '@所有人 張偉上週的提交又把測試環境搞掛了，大家以後都看著點。',
      why: 'named blame: public-criticism',
    },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      ...eml(['all-staff@example.com'], '各位同仁：\n\n這流程太離譜了，氣死我了！'),
      errors: [
        {
          messageId: 'complaint-to-group',
          data: { ...list('太離譜', '氣死我了'), audience: { type: 'localized' } },
          line: 9,
          column: 4,
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n報銷流程又來了，真是夠了。',
      errors: [{ messageId: 'complaint-to-group', data: list('又來了', '真是夠了') }],
    },
    {
      language: 'zh-Hant',
      ...md('to: [a@example.com, b@example.com, c@example.com]', '這套系統亂七八糟，沒人管。'),
      errors: [{ messageId: 'complaint-to-group', data: list('亂七八糟', '沒人管') }],
    },
    { language: 'zh-Hant', text: '@所有人 這個排班表莫名其妙。', errors: [{ messageId: 'complaint-to-group' }] },
    {
      language: 'zh-Hant',
      text: '大家好，這個會議室預約系統很雷。',
      options: { extra: ['很雷'] },
      errors: [{ messageId: 'complaint-to-group', data: list('很雷') }],
    },
    {
      language: 'zh-Hans',
      ...eml(three, '各位：\n\n报销流程太离谱了，受够了。'),
      errors: [{ messageId: 'complaint-to-group', data: list('太离谱', '受够了') }],
    },
    {
      language: 'zh-Hans',
      text: '大家看看，这个排期一塌糊涂。',
      errors: [{ messageId: 'complaint-to-group', data: list('一塌糊涂') }],
    },
    {
      language: 'zh-Hans',
      text: '全体同事：\n\n食堂的饭菜令人失望，没人管吗？',
      errors: [{ messageId: 'complaint-to-group' }],
    },
    {
      language: 'zh-Hans',
      ...md('cc: [dev-team@example.com]', '服务器又挂了，烦死了。'),
      errors: [{ messageId: 'complaint-to-group', data: list('烦死了') }],
    },
    {
      language: 'zh-Hans',
      ...eml(['everyone@example.com'], '这个需求改来改去，莫名其妙。'),
      errors: [{ messageId: 'complaint-to-group' }],
    },
    {
      language: 'en',
      ...eml(['all@example.com'], "Hi all,\n\nI'm sick of this release process. What a mess."),
      errors: [{ messageId: 'complaint-to-group', data: list("I'm sick of", 'What a mess') }],
    },
    {
      language: 'en',
      text: 'Hi everyone,\n\nThe on-call rota is a joke and nobody cares.',
      errors: [{ messageId: 'complaint-to-group', data: list('nobody cares') }],
    },
    {
      language: 'en',
      text: '@channel the build is totally broken again, this is unacceptable.',
      errors: [{ messageId: 'complaint-to-group' }],
    },
    {
      language: 'en',
      ...md('to: [team@example.com]', 'Honestly, the new expense tool is ridiculous.'),
      errors: [{ messageId: 'complaint-to-group', data: list('ridiculous') }],
    },
    {
      language: 'en',
      ...eml(three, 'The deploy process is outrageous.'),
      errors: [{ messageId: 'complaint-to-group', data: list('outrageous') }],
    },
    {
      language: 'en',
      text: 'Hi team, the VPN is a clown show again.',
      options: { extra: ['clown show'] },
      errors: [{ messageId: 'complaint-to-group', data: list('clown show') }],
    },
    // Issue 18: the same complaints in the writer's own voice.
    {
      language: 'en',
      text: "Hi all,\n\nI'm so frustrated with the release process.",
      errors: [{ messageId: 'complaint-to-group', data: list('frustrated') }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe old signup form is a nightmare.',
      errors: [{ messageId: 'complaint-to-group', data: list('a nightmare') }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nI found that the old signup form is a nightmare, and I am fed up with it.',
      errors: [{ messageId: 'complaint-to-group' }],
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n舊版設定頁太難用了。',
      errors: [{ messageId: 'complaint-to-group', data: list('太難用') }],
    },
    {
      language: 'zh-Hant',
      text: '各位：我發現舊版報表系統太難用了，受夠了。',
      errors: [{ messageId: 'complaint-to-group', data: list('太難用', '受夠了') }],
    },
    {
      language: 'zh-Hans',
      text: '大家好：旧版设置页太难用了，受够了。',
      errors: [{ messageId: 'complaint-to-group', data: list('太难用', '受够了') }],
    },
    // The writer's grievance in a sentence of its own is still a complaint to the group.
    {
      language: 'en',
      text: "Hi all,\n\nBob dropped the ball on the release. I'm sick of this release process.",
      errors: [{ messageId: 'complaint-to-group', data: list("I'm sick of") }],
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n张伟又把测试环境搞挂了。这流程太离谱了。',
      errors: [{ messageId: 'complaint-to-group', data: list('太离谱') }],
    },
    {
      language: 'zh-Hant',
      text: '各位：\n\n張偉又把測試環境搞掛了。這流程太離譜了。',
      errors: [{ messageId: 'complaint-to-group', data: list('太離譜') }],
    },
  ],
});
