import { publicCriticism } from '../../rules/public-criticism/public-criticism.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml, md } from '../support/drafts.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';

const three = ['a@example.com', 'b@example.com', 'c@example.com'];

ruleTester(publicCriticism, {
  valid: [
    { now, language: 'zh-Hant', text: '各位好：\n\n感謝王經理這週的協助，報表準時完成了。', why: 'praise by name' },
    {
      language: 'zh-Hant',
      ...eml(['wang@example.com'], '王經理：\n\n這次的報表有點馬虎，我們下午談談。'),
      why: 'criticism to that one person, in private',
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n這次的報表有點馬虎，錯了三處，下次請多核對。',
      why: 'criticism of what happened, no name (說事不說人)',
    },
    { language: 'zh-Hant', text: '各位好：\n\n研發部這次的測試太敷衍了。', why: 'a department, not a person' },
    { language: 'zh-Hant', text: '各位好：\n\n王經理這次一點也不馬虎，辛苦了。', why: 'negated' },
    { language: 'zh-Hans', text: '大家好：\n\n小李做事一向认真，这次的方案做得很好。', why: 'praise by name' },
    { language: 'zh-Hans', ...eml(['li@example.com'], '小李：\n\n这份报告太敷衍了，我们聊一下。'), why: 'private' },
    { language: 'zh-Hans', text: '各位：\n\n这次上线一再拖延，流程需要改进。', why: 'no name' },
    {
      language: 'zh-Hans',
      text: '大家好，谁说张经理粗心了？他这次检查得很仔细。',
      why: 'a question that answers itself',
    },
    {
      language: 'zh-Hans',
      text: '王经理说这次的测试太粗心了。',
      filename: 'page.md',
      why: 'a page with no recipients',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nKudos to Bob for fixing the careless slip in the release notes.',
      why: 'praise in the same sentence',
    },
    {
      language: 'en',
      ...eml(['bob@example.com'], 'Hi Bob,\n\nYou dropped the ball on the release; can we talk at 3?'),
      why: 'private',
    },
    {
      language: 'en',
      text: 'Hi team,\n\nWe dropped the ball on the release; here is the plan to fix it.',
      why: 'no name',
    },
    { language: 'en', text: 'Hi all,\n\nThe QA team was careless with the test data.', why: 'a team, not a person' },
    { language: 'en', text: 'Hi all,\n\nBob was not careless; the tool failed.', why: 'negated' },
    // Issue 18: praise of a named person is not criticism, and a thing blamed is not a person.
    {
      language: 'en',
      text: 'Hi all,\n\nKaren spotted that our release checklist was sloppy and rewrote it. Thank you, Karen!',
      why: 'Karen found the flaw and is thanked',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nBob noticed the deploy script was sloppy and fixed it. Thanks, Bob!',
      why: 'the script is blamed; Bob is thanked',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe release checklist was sloppy, so Karen rewrote it.',
      why: 'the checklist is blamed, not Karen',
    },
    { language: 'en', text: '@channel Thanks Bob!', why: 'praise by name before the channel' },
    {
      language: 'en',
      text: 'Hi all,\n\nWas Bob careless with the numbers? No, the import script was.',
      why: 'a question',
    },
    {
      language: 'zh-Hans',
      text: '大家好：\n\n小王发现我们的发布清单很马虎，就重写了一遍。谢谢小王！',
      why: '小王 found the flaw and is thanked',
    },
    {
      language: 'zh-Hans',
      text: '@全体成员 感谢小王，上次粗心留下的配置问题都被他修好了。',
      why: 'praise in the same sentence',
    },
    { now, language: 'zh-Hans', text: '@全体成员 张伟上周的提交没有把测试环境搞挂，是机房断电了。', why: 'negated' },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n小王發現我們的發布清單寫得很馬虎，就重寫了一遍。謝謝小王！',
      why: '小王 found the flaw and is thanked',
    },
    { language: 'zh-Hant', text: '@所有人 感謝小王！', why: 'praise by name before the group' },
    { language: 'zh-Hant', text: '各位：\n\n據說張偉又遲到了，但他其實請了假。', why: 'hearsay the writer corrects' },
    // A name the given-name list does not know, found by where it stands; a product standing there is not blamed.
    {
      language: 'en',
      text: 'Hi all,\n\nDocker is sloppy about file permissions.',
      why: 'a capitalised subject may be a product: no pronoun, no person',
    },
    { language: 'zh-Hans', text: '@全体同事 这次上线又搞砸了，大家以后注意。', why: 'a group mentioned, no person' },
    { language: 'en', text: 'Hi all,\n\nThe deploy script broke the build again.', why: 'a thing did it' },
    {
      language: 'en',
      text: 'Hi all,\n\nDocker broke the build again; run docker system prune first.',
      why: 'a tool, also written in lower case',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThanks, Tood! Tood broke the build once and fixed it within the hour.',
      why: 'thanked by name',
    },
    {
      language: 'zh-Hans',
      text: '各位：这批小龙虾的包装太马虎了。',
      why: '小龙虾, which jieba tags as a name, is not one',
    },
    {
      language: 'zh-Hant',
      text: '各位：這批小龍蝦的包裝太馬虎了。',
      why: '小龍蝦, which jieba tags as a name, is not one',
    },
    { language: 'zh-Hant', text: '@全體同事 這次上線又搞砸了，大家以後注意。', why: 'a group mentioned, no person' },
    {
      language: 'en',
      text: '@everyone the release got messed up again; please double-check the checklist.',
      why: 'a group mentioned, no person',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nWho Cartag is does not matter; they fixed the careless typo. Thanks, Cartag!',
      why: 'thanked by name',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hans',
      text: '@全体成员 强哥上周的提交没有把测试环境搞挂，是机房断电了。',
      why: 'negated, with a familiar name',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hant',
      text: '@所有人 強哥上週的提交沒有把測試環境搞掛，是機房斷電了。',
      why: 'negated, with a familiar name',
    },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '各位好：\n\n王經理這次又馬虎了，報表錯了三處。',
      errors: [
        {
          messageId: 'criticised-in-public',
          data: { name: '王經理', term: '馬虎' },
          line: 3,
          column: 1,
          endColumn: 4,
          suggestions: [{ messageId: 'remove-name', output: '各位好：\n\n這次又馬虎了，報表錯了三處。' }],
        },
      ],
    },
    {
      language: 'zh-Hant',
      ...eml(three, '陳主任做事太敷衍了。'),
      errors: [{ messageId: 'criticised-in-public', data: { name: '陳主任', term: '敷衍' } }],
    },
    {
      language: 'zh-Hant',
      text: '@所有人 小明又遲到了，屢教不改。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '小明' } }],
    },
    {
      language: 'zh-Hant',
      ...md('to: [all@example.com]', '林經理一再拖延，整個專案都被扯後腿。'),
      errors: [{ messageId: 'criticised-in-public', data: { name: '林經理', term: '一再拖延' } }],
    },
    {
      language: 'zh-Hant',
      text: '各位：李總這次真的不負責任。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '李總', term: '不負責任' } }],
    },
    {
      language: 'zh-Hans',
      text: '大家好：\n\n张经理做事太马虎，报表错了三处。',
      errors: [
        {
          messageId: 'criticised-in-public',
          data: { name: '张经理', term: '马虎' },
          suggestions: [{ messageId: 'remove-name', output: '大家好：\n\n做事太马虎，报表错了三处。' }],
        },
      ],
    },
    {
      language: 'zh-Hans',
      ...eml(three, '小王这次又搞砸了。'),
      errors: [{ messageId: 'criticised-in-public', data: { name: '小王', term: '搞砸了' } }],
    },
    {
      language: 'zh-Hans',
      text: '全体同事：刘主任的汇报太敷衍了事。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '刘主任' } }],
    },
    {
      language: 'zh-Hans',
      ...eml(['dev-team@example.com'], '赵工程师粗心大意，把配置写错了。'),
      errors: [{ messageId: 'criticised-in-public', data: { name: '赵工程师' } }],
    },
    {
      language: 'zh-Hans',
      text: '各位：周总监这次的决定很草率。',
      options: { extra: ['草率'] },
      errors: [{ messageId: 'criticised-in-public', data: { term: '草率' } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nBob dropped the ball on the release.',
      errors: [
        {
          messageId: 'criticised-in-public',
          data: { name: 'Bob', term: 'dropped the ball' },
          line: 3,
          column: 1,
          endColumn: 4,
          suggestions: [{ messageId: 'remove-name', output: 'Hi all,\n\nWe dropped the ball on the release.' }],
        },
      ],
    },
    {
      language: 'en',
      ...eml(three, 'Sam was careless with the numbers again.'),
      errors: [
        {
          messageId: 'criticised-in-public',
          data: { name: 'Sam', term: 'careless' },
          suggestions: [
            { messageId: 'remove-name', output: eml(three, 'We were careless with the numbers again.').text },
          ],
        },
      ],
    },
    {
      language: 'en',
      text: 'Hi team,\n\n@jdoe broke the build again.',
      errors: [{ messageId: 'criticised-in-public', data: { name: '@jdoe' } }],
    },
    {
      language: 'en',
      ...md('to: [team@example.com]', 'Honestly, Maria keeps breaking the staging cluster.'),
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Maria', term: 'keeps breaking' } }],
    },
    {
      language: 'en',
      ...eml(['Dana Lee <dana@example.com>', 'all@example.com'], 'The report from Dana was sloppy.'),
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Dana' } }],
    },
    {
      language: 'en',
      text: 'Hi everyone, Kevin was late again to the standup.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Kevin', term: 'late again' } }],
    },
    // Issue 18: a named colleague blamed before a group channel, in three languages and other wordings.
    {
      language: 'zh-Hans',
      text: '@全体成员 张伟上周的提交又把测试环境搞挂了，大家以后都看着点。',
      now,
      errors: [{ messageId: 'criticised-in-public', data: { name: '张伟', term: '搞挂了' } }],
    },
    {
      language: 'zh-Hans',
      text: '@所有人 李娜昨天又把线上数据库弄坏了。',
      now,
      errors: [{ messageId: 'criticised-in-public', data: { name: '李娜', term: '弄坏了' } }],
    },
    {
      language: 'zh-Hans',
      text: '@全员 王强又迟到了，大家引以为戒。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '王强', term: '又迟到' } }],
    },
    {
      language: 'zh-Hant',
      text: '@全體成員 張偉上週的提交又把測試環境搞掛了，大家以後都看著點。',
      now,
      errors: [{ messageId: 'criticised-in-public', data: { name: '張偉', term: '搞掛了' } }],
    },
    {
      language: 'zh-Hant',
      text: '@所有人 李娜昨天又把線上資料庫弄壞了。',
      now,
      errors: [{ messageId: 'criticised-in-public', data: { name: '李娜', term: '弄壞了' } }],
    },
    {
      now,
      language: 'en',
      text: "@channel Mike's commit last week took down the test environment again; everyone keep an eye out.",
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Mike', term: 'took down' } }],
    },
    {
      language: 'en',
      text: '@here Bob broke the build again.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Bob', term: 'broke the build again' } }],
    },
    {
      language: 'en',
      text: '@team Olivia keeps breaking staging.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Olivia', term: 'keeps breaking' } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nI asked Bob about the outage. He was careless with the config again.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Bob', term: 'careless' }, line: 3, column: 38 }],
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n我问过张经理了。他这次又搞砸了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '张经理', term: '搞砸了' } }],
    },
    {
      language: 'zh-Hant',
      text: '各位：\n\n我問過張經理了。他這次又搞砸了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '張經理', term: '搞砸了' } }],
    },
    {
      language: 'en',
      text: '@all I noticed that Dana was sloppy with the release notes again.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Dana', term: 'sloppy' } }],
    },
    // Names no list knows: a heading's subject taken up by "he", "who X is" taken up by "they", a familiar form, a mention.
    {
      language: 'en',
      text: '# Cartag is editing users posts\n\nHe needs to be fired.',
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Cartag', term: 'needs to be fired' } }],
    },
    {
      language: 'en',
      text: "Hi all,\n\nI don't care who Cartag is, it's unacceptable for them to edit posts because they are too immature to take criticism.",
      errors: [{ messageId: 'criticised-in-public', data: { name: 'Cartag', term: 'immature' } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe other maintainer (@pinheadmz) is threatening me.',
      errors: [{ messageId: 'criticised-in-public', data: { name: '@pinheadmz', term: 'threatening me' } }],
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'zh-Hans',
      text: '@全体成员 强哥上周的提交又把测试环境搞挂了，大家以后都看着点。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '强哥' } }],
    },
    {
      language: 'zh-Hant',
      text: '@所有人 華姐這次又馬虎了，報表錯了三處。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '華姐' } }],
    },
    {
      language: 'zh-Hans',
      text: '各位：@张伟 又把测试环境搞挂了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '@张伟' } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\n@marta took down the staging cluster again.',
      errors: [{ messageId: 'criticised-in-public', data: { name: '@marta', term: 'took down' } }],
    },
    // A name right before the blame, 老/小 and a surname, a compound surname after a time word.
    {
      language: 'en',
      text: 'Hi all,\n\nTood broke the build again.',
      errors: [
        {
          messageId: 'criticised-in-public',
          data: { name: 'Tood' },
          suggestions: [{ messageId: 'remove-name', output: 'Hi all,\n\nWe broke the build again.' }],
        },
      ],
    },
    {
      now,
      language: 'zh-Hans',
      text: '大家好，昨天老周又搞砸了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '老周' } }],
    },
    {
      now,
      language: 'zh-Hant',
      text: '大家好，昨天老周又把報表搞砸了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '老周' } }],
    },
    {
      now,
      language: 'zh-Hans',
      text: '各位：这次欧阳娜娜太马虎了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '欧阳娜娜' } }],
    },
    {
      now,
      language: 'zh-Hant',
      text: '各位：這次歐陽娜娜太馬虎了。',
      errors: [{ messageId: 'criticised-in-public', data: { name: '歐陽娜娜' } }],
    },
  ],
});
