import { requestConfirmation } from '../../rules/request-confirmation/request-confirmation.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml, md } from '../support/drafts.js';

const now = '2026-11-27T10:00:00+08:00';

ruleTester(requestConfirmation, {
  valid: [
    { language: 'zh-Hant', text: '請在週五前把報告寄給我，收到請回覆確認。', now },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n12月16日（星期三）上午9:00在301會議室開會，請於12月14日前回覆是否出席。',
      now,
    },
    { language: 'zh-Hant', text: '報告已經更新，放在共用資料夾。', why: 'no request' },
    {
      language: 'zh-Hant',
      text: '報價單請見附件，如有問題請隨時聯絡我。',
      why: 'hands something over and offers help; asks nothing',
    },
    {
      language: 'zh-Hant',
      text: '本頁說明如何申請會議室，請先登入系統。',
      filename: 'guide.md',
      why: 'a documentation page',
    },
    { language: 'zh-Hans', text: '麻烦你周五前把数据发我，收到后回复一下。', now },
    { language: 'zh-Hans', text: '大家好，季度报告已发布在内网。', why: 'no request' },
    { language: 'zh-Hans', text: '如有问题请直接打我电话。', why: 'an offer of help' },
    {
      now,
      language: 'zh-Hans',
      ...eml(
        ['a@example.com', 'b@example.com', 'c@example.com'],
        '各位：\n\n12月11日（周五）下午2:00在3楼会议室开评审会，请准时参加并填写报名表。',
      ),
      why: 'asks for sign-up',
    },
    { language: 'zh-Hans', text: '请参考文档里的步骤安装。', filename: 'README.md', why: 'a page' },
    { language: 'en', text: 'Could you review the draft by Friday? Please confirm you can.', now },
    {
      language: 'en',
      text: 'Hi all,\n\nThe planning meeting is on Thursday, December 10, 1:00 PM in Room 4.12. Please RSVP by Tuesday.',
      now,
    },
    { language: 'en', text: 'The report is in the shared folder.', why: 'no request' },
    {
      language: 'en',
      text: 'Please find attached the slides. If you have questions, please call me.',
      why: 'hands something over and offers help',
    },
    {
      language: 'en',
      text: 'Please install Node.js 20 before you start.',
      filename: 'setup.md',
      why: 'a documentation page',
    },
    { language: 'en', text: 'Can you send me the numbers? Let me know if that works.' },
    // Issue 12: a reply channel or an open event in a notice needs no confirmation line.
    {
      language: 'zh-Hant',
      ...md('draftlint:\n  kind: meeting-notice', '讀書會：12月18日（週五）19:00，三教1301。'),
      now,
      why: 'a notice page that greets and expects no one reads as an open invitation',
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n12月16日（星期三）上午9:00在301會議室舉辦分享會，請掃碼報名。',
      now,
      why: 'a QR code to register is a reply channel',
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n12月16日（星期三）19:00 社群聚會，地點台北市復興北路99號12樓，歡迎大家自由參加。',
      now,
      why: 'an open event',
    },
    {
      language: 'zh-Hant',
      text: '各位：\n\n12月16日（星期三）20:00 技術分享，YouTube 直播：https://youtube.com/live/abc',
      now,
      why: 'an open livestream',
    },
    {
      language: 'zh-Hans',
      text: '各位同学：\n\n12月16日（周三）14:00在三教301开讲座，扫码预约座位。',
      now,
      why: 'scan to book is a reply channel',
    },
    {
      language: 'zh-Hans',
      text: '大家好：\n\n12月16日（周三）20:00 社区例会，腾讯会议 123-456-789，欢迎参加。',
      now,
      why: 'an open community call',
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n12月16日（周三）14:00在三教301开分享会，报名链接：https://example.com/form',
      now,
      why: 'a registration link',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe design review is on Wednesday, December 16, 2026 at 2:00 PM in Room 301. Email Dana to join.',
      now,
      why: '"email X to join" is a reply channel',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nOur community call is on Wednesday, December 16, 2026 at 17:00 UTC at https://zoom.us/j/123. Everyone is welcome.',
      now,
      why: 'an open public call',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe talk is on Wednesday, December 16, 2026 at 18:00 in Room 301; register at https://example.com/form.',
      now,
      why: 'a registration link',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe office is closed on Friday, December 25. No need to reply.',
      now,
      why: 'an announcement that asks nothing',
    },
    {
      language: 'en',
      ...md(
        'draftlint:\n  kind: meeting-notice',
        'Regular SIG meeting: Thursdays at 17:00 UTC, https://zoom.us/j/123.\n\nIf your project meets the criteria, please attend a SIG meeting to announce your intent.',
      ),
      now,
      why: 'an instruction on a SIG page (docs corpus, sig-autoscaling) expects no one in particular',
    },
    // An offer of help, a sign-up asked for, a mention that only says something.
    {
      language: 'zh-Hant',
      text: '各位好：\n\n新版設定頁已上線，麻煩各位試用，有問題請說。',
      why: 'an offer to answer questions',
    },
    {
      language: 'zh-Hans',
      text: '各位好：\n\n新版设置页已上线，麻烦各位试用，有问题请说。',
      why: 'an offer to answer questions',
    },
    {
      now: '2026-11-27T10:00:00+08:00',
      language: 'en',
      text: 'Hi all,\n\nWe meet Thursday. Please add yourself to the attendee list.',
      why: 'a sign-up is the reply',
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n麻煩各位試用新版設定頁。有問題請說。',
      why: '有問題請說 opens a way to answer, as "let me know" does',
    },
    {
      language: 'zh-Hans',
      text: '各位好：\n\n麻烦各位试用新版设置页。有问题请说。',
      why: '有问题请说 opens a way to answer, as "let me know" does',
    },
    {
      language: 'en',
      text: 'Hi all,\n\nPlease try the new settings page. Let me know if anything breaks.',
      why: 'a way to answer',
    },
    { language: 'zh-Hans', text: '@konnase 是的，已经合并了。', why: 'a mention that answers, not a command' },
    { language: 'zh-Hant', text: '@konnase 覺得這樣可以。', why: 'a mention that answers, not a command' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '請在週五前把報告寄給我。',
      now,
      errors: [
        {
          messageId: 'no-confirmation',
          line: 1,
          column: 1,
          suggestions: [{ messageId: 'add-confirmation', output: '請在週五前把報告寄給我。\n收到請回覆確認，謝謝。' }],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n訂於12月16日（星期三）上午9:00在301會議室開會，請準時出席。',
      now,
      errors: [{ messageId: 'no-confirmation-notice', line: 3 }],
    },
    {
      now,
      language: 'zh-Hant',
      ...eml(['lin@example.com'], '林經理：\n\n麻煩您明天把預算表更新。'),
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      language: 'zh-Hant',
      ...md('draftlint:\n  kind: meeting-notice', '讀書會成員請準時出席：12月18日（週五）19:00，三教1301。'),
      now,
      errors: [{ messageId: 'no-confirmation-notice' }],
    },
    { now, language: 'zh-Hant', text: '務必在月底前完成年度考核。', errors: [{ messageId: 'no-confirmation' }] },
    {
      language: 'zh-Hans',
      text: '麻烦你周五前把数据发我。',
      now,
      errors: [
        {
          messageId: 'no-confirmation',
          suggestions: [{ messageId: 'add-confirmation', output: '麻烦你周五前把数据发我。\n收到请回复确认，谢谢。' }],
        },
      ],
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n定于12月11日（周五）下午2:00在3楼会议室召开评审会，请准时参加。',
      now,
      errors: [{ messageId: 'no-confirmation-notice' }],
    },
    { now, language: 'zh-Hans', text: '请大家下班前提交周报。', errors: [{ messageId: 'no-confirmation' }] },
    {
      language: 'zh-Hans',
      ...eml(['wang@example.com'], '王经理：\n\n烦请审批附件中的报销单。'),
      errors: [{ messageId: 'no-confirmation' }],
    },
    { language: 'zh-Hans', text: '希望大家周五前把意见写在文档里。', now, errors: [{ messageId: 'no-confirmation' }] },
    {
      language: 'en',
      text: 'Could you review the draft by Friday?',
      now,
      errors: [
        {
          messageId: 'no-confirmation',
          suggestions: [
            {
              messageId: 'add-confirmation',
              output: 'Could you review the draft by Friday?\nPlease reply to confirm you have received this.',
            },
          ],
        },
      ],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe planning meeting is on Thursday, December 10, 1:00 PM in Room 4.12.',
      now,
      errors: [{ messageId: 'no-confirmation-notice' }],
    },
    {
      language: 'en',
      ...eml(['dana@example.com'], 'Hi Dana,\n\nPlease update the budget sheet before the review.'),
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      now,
      language: 'en',
      text: 'Kindly submit your timesheets by the end of the month.',
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      language: 'en',
      text: 'We need you to sign the NDA before the workshop.',
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      language: 'en',
      ...md(
        'draftlint:\n  kind: meeting-notice',
        'Informal board call: Thursday, December 10, 2026 at 16:00 UTC, https://zoom.us/j/123. These calls are not generally open to the public.',
      ),
      now,
      errors: [{ messageId: 'no-confirmation-notice' }],
    },
    {
      language: 'zh-Hans',
      ...md(
        'draftlint:\n  kind: meeting-notice',
        '董事会非正式会议：12月10日（周四）16:00，腾讯会议 123-456-789。本次会议不对外公开。',
      ),
      now,
      errors: [{ messageId: 'no-confirmation-notice' }],
    },
    // Issue 18 and issue 12: a notice that says no reply is needed.
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n12月11日（周五）下午2:00在3楼会议室开评审会。无需回复。',
      now,
      errors: [
        {
          messageId: 'says-no-reply',
          data: { term: '无需回复' },
          suggestions: [
            {
              messageId: 'replace-with-confirmation',
              output: '各位同事：\n\n12月11日（周五）下午2:00在3楼会议室开评审会。收到请回复确认，谢谢。',
            },
          ],
        },
      ],
    },
    {
      language: 'zh-Hans',
      text: '各位：\n\n12月11日（周五）14:00在3楼会议室开评审会，欢迎参加，不需要回复。',
      now,
      errors: [{ messageId: 'says-no-reply', data: { term: '不需要回复' } }],
    },
    {
      now,
      language: 'zh-Hans',
      text: '请大家下班前提交周报，不用回复。',
      errors: [{ messageId: 'says-no-reply', data: { term: '不用回复' } }],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n12月16日（星期三）上午9:00在301會議室開會。無需回覆。',
      now,
      errors: [
        {
          messageId: 'says-no-reply',
          data: { term: '無需回覆' },
          suggestions: [
            {
              messageId: 'replace-with-confirmation',
              output: '各位同仁：\n\n12月16日（星期三）上午9:00在301會議室開會。收到請回覆確認，謝謝。',
            },
          ],
        },
      ],
    },
    {
      language: 'zh-Hant',
      text: '各位好：\n\n12月16日（星期三）19:00 在三教1301開會，不用回覆。',
      now,
      errors: [{ messageId: 'says-no-reply', data: { term: '不用回覆' } }],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nThe review meeting is on Thursday, December 10, 2026 at 9:00 in Room 4.12. No reply necessary.',
      now,
      errors: [
        {
          messageId: 'says-no-reply',
          data: { term: 'No reply necessary' },
          suggestions: [
            {
              messageId: 'replace-with-confirmation',
              output:
                'Hi all,\n\nThe review meeting is on Thursday, December 10, 2026 at 9:00 in Room 4.12. Please reply to confirm you have received this.',
            },
          ],
        },
      ],
    },
    {
      language: 'en',
      text: 'Hi team,\n\nStand-up moves to Thursday, December 10, 2026 at 9:30 in Room 2. No need to reply.',
      now,
      errors: [{ messageId: 'says-no-reply', data: { term: 'No need to reply' } }],
    },
    {
      language: 'en',
      text: 'Please submit your timesheets by Friday. You do not need to reply to this email.',
      now,
      errors: [{ messageId: 'says-no-reply' }],
    },
    // A mention and a bare verb is a task for that person.
    {
      language: 'zh-Hans',
      text: '@konnase 记录下提交时间，算分的时候打折。',
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      language: 'zh-Hant',
      text: '@konnase 記錄下提交時間，算分的時候打折。',
      errors: [{ messageId: 'no-confirmation' }],
    },
    {
      language: 'en',
      text: '@konnase please record the submission time; late work is marked down.',
      errors: [{ messageId: 'no-confirmation' }],
    },
  ],
});
