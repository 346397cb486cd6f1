import { requestConfirmation } from '../../rules/request-confirmation/request-confirmation.js';
import type { Rule } from '../../src/engine/rule.js';
import { ruleTester } from '../support/rule-tester.js';
import { eml, md } from '../support/drafts.js';

const now = '2026-11-27T10:00:00+08:00';

ruleTester(requestConfirmation as unknown as Rule, {
  valid: [
    { language: 'zh-Hant', text: '請在週五前把報告寄給我，收到請回覆確認。', now },
    { language: 'zh-Hant', text: '各位同仁：\n\n12月16日（星期三）上午9:00在301會議室開會，請於12月14日前回覆是否出席。', now },
    { language: 'zh-Hant', text: '報告已經更新，放在共用資料夾。', why: 'no request' },
    { language: 'zh-Hant', text: '報價單請見附件，如有問題請隨時聯絡我。', why: 'hands something over and offers help; asks nothing' },
    { language: 'zh-Hant', text: '本頁說明如何申請會議室，請先登入系統。', filename: 'guide.md', why: 'a documentation page' },
    { language: 'zh-Hans', text: '麻烦你周五前把数据发我，收到后回复一下。', now },
    { language: 'zh-Hans', text: '大家好，季度报告已发布在内网。', why: 'no request' },
    { language: 'zh-Hans', text: '如有问题请直接打我电话。', why: 'an offer of help' },
    { language: 'zh-Hans', ...eml(['a@example.com', 'b@example.com', 'c@example.com'], '各位：\n\n12月11日（周五）下午2:00在3楼会议室开评审会，请准时参加并填写报名表。'), why: 'asks for sign-up' },
    { language: 'zh-Hans', text: '请参考文档里的步骤安装。', filename: 'README.md', why: 'a page' },
    { language: 'en', text: 'Could you review the draft by Friday? Please confirm you can.', now },
    { language: 'en', text: 'Hi all,\n\nThe planning meeting is on Thursday, December 10, 1:00 PM in Room 4.12. Please RSVP by Tuesday.', now },
    { language: 'en', text: 'The report is in the shared folder.', why: 'no request' },
    { language: 'en', text: 'Please find attached the slides. If you have questions, please call me.', why: 'hands something over and offers help' },
    { language: 'en', text: 'Please install Node.js 20 before you start.', filename: 'setup.md', why: 'a documentation page' },
    { language: 'en', text: 'Can you send me the numbers? Let me know if that works.' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '請在週五前把報告寄給我。',
      now,
      errors: [{ messageId: 'no-confirmation', line: 1, column: 1, suggestions: [{ messageId: 'add-confirmation', output: '請在週五前把報告寄給我。\n收到請回覆確認，謝謝。' }] }],
    },
    { language: 'zh-Hant', text: '各位同仁：\n\n訂於12月16日（星期三）上午9:00在301會議室開會，請準時出席。', now, errors: [{ messageId: 'no-confirmation-notice', line: 3 }] },
    { language: 'zh-Hant', ...eml(['lin@example.com'], '林經理：\n\n麻煩您明天把預算表更新。'), errors: [{ messageId: 'no-confirmation' }] },
    { language: 'zh-Hant', ...md('draftlint:\n  kind: meeting-notice', '讀書會：12月18日（週五）19:00，三教1301。'), now, errors: [{ messageId: 'no-confirmation-notice' }] },
    { now, language: 'zh-Hant', text: '務必在月底前完成年度考核。', errors: [{ messageId: 'no-confirmation' }] },
    {
      language: 'zh-Hans',
      text: '麻烦你周五前把数据发我。',
      now,
      errors: [{ messageId: 'no-confirmation', suggestions: [{ messageId: 'add-confirmation', output: '麻烦你周五前把数据发我。\n收到请回复确认，谢谢。' }] }],
    },
    { language: 'zh-Hans', text: '各位同事：\n\n定于12月11日（周五）下午2:00在3楼会议室召开评审会，请准时参加。', now, errors: [{ messageId: 'no-confirmation-notice' }] },
    { language: 'zh-Hans', text: '请大家下班前提交周报。', errors: [{ messageId: 'no-confirmation' }] },
    { language: 'zh-Hans', ...eml(['wang@example.com'], '王经理：\n\n烦请审批附件中的报销单。'), errors: [{ messageId: 'no-confirmation' }] },
    { language: 'zh-Hans', text: '希望大家周五前把意见写在文档里。', now, errors: [{ messageId: 'no-confirmation' }] },
    {
      language: 'en',
      text: 'Could you review the draft by Friday?',
      now,
      errors: [{ messageId: 'no-confirmation', suggestions: [{ messageId: 'add-confirmation', output: 'Could you review the draft by Friday?\nPlease reply to confirm you have received this.' }] }],
    },
    { language: 'en', text: 'Hi all,\n\nThe planning meeting is on Thursday, December 10, 1:00 PM in Room 4.12.', now, errors: [{ messageId: 'no-confirmation-notice' }] },
    { language: 'en', ...eml(['dana@example.com'], 'Hi Dana,\n\nPlease update the budget sheet before the review.'), errors: [{ messageId: 'no-confirmation' }] },
    { now, language: 'en', text: 'Kindly submit your timesheets by the end of the month.', errors: [{ messageId: 'no-confirmation' }] },
    { language: 'en', text: 'We need you to sign the NDA before the workshop.', errors: [{ messageId: 'no-confirmation' }] },
  ],
});
