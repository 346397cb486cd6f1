import { meeting5w2h } from '../../rules/meeting-5w2h/meeting-5w2h.js';
import type { Rule } from '../../src/engine/rule.js';
import { ruleTester } from '../support/rule-tester.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const e = (...ids: string[]) => ids.map((id) => ({ messageId: `missing-${id}` }));

const fullZhHant = `主旨：第四季產品檢討會議

各位同仁好：

為了確認明年第一季的上線時程，訂於2026年12月16日（星期三）上午9:00至10:30召開產品檢討會議。
地點：台北辦公室 12樓 1201會議室
參加人員：產品部、工程部全體同仁
請事先閱讀規劃文件，並於12月14日（週一）前回覆是否出席。
`;

const fullZhHans = `各位同事：

为了对齐下季度的发布计划，定于12月11日（周五）下午2:00-3:30召开评审会。
线上会议：腾讯会议 123-456-789
参会人员：研发部、测试部
请提前准备各自模块的进度，收到请回复。
`;

const fullEn = `Hi team,

To decide the Q1 roadmap, we will meet on Thursday, December 10, 1:00 PM - 2:30 PM.
Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890
Attendees: product and engineering leads
Agenda: roadmap review. Please bring your estimates and RSVP by Tuesday.
`;

ruleTester(meeting5w2h as unknown as Rule, {
  valid: [
    { language: 'zh-Hant', text: fullZhHant, now },
    { language: 'zh-Hant', text: '會議紀錄範本：請在會後填寫與會人員與結論。', why: 'talks about meetings, calls none' },
    { language: 'zh-Hant', text: '這個函式會回傳會議的開始時間與會議室。', filename: 'api.md', why: 'API documentation' },
    { language: 'zh-Hant', text: '上次的會議很有收穫，謝謝大家。', now, why: 'a past meeting, no notice cue' },
    { language: 'zh-Hans', text: fullZhHans, now },
    { language: 'zh-Hans', text: '会议纪要模板：请在会后填写参会人和结论。', why: 'a template about minutes, not a notice' },
    { language: 'zh-Hans', text: '# 会议室预订\n\n本页说明如何在系统里预订会议室。\n', filename: 'booking.md', why: 'a documentation page' },
    { language: 'zh-Hans', text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '地点：A座3楼第一会议室'), now, why: 'a physical room instead of a link' },
    { language: 'en', text: fullEn, now },
    { language: 'en', text: 'The `Meeting` class stores the start time and the room.', filename: 'meeting.md', why: 'API documentation' },
    { language: 'en', text: 'Thanks for the great meeting yesterday, everyone!', now, why: 'a past meeting' },
    {
      language: 'en',
      text: '## Meetings\n\nRegular SIG Meeting: Tuesdays at 09:00 PT (biweekly). [Meeting notes and Agenda](https://docs.google.com/x).\n',
      filename: 'README.md',
      now,
      why: 'a docs page describing a recurring meeting is not a notice',
    },
    {
      language: 'en',
      text: '# Minutes\n\n## July 26, 2018\n\n- meeting went fine\n\n## July 19, 2018\n\n- we will meet again\n\n## July 12, 2018\n\n- kickoff\n',
      filename: 'minutes.md',
      why: 'a log of dated sections records meetings',
    },
    { language: 'en', text: fullEn.replace('Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890', 'Where: Google Meet https://meet.google.com/abc-defg-hij'), now, why: 'an online link is a place' },
    { language: 'en', text: 'Meeting notes are kept in the wiki.', kind: 'other', why: 'kind set by the caller' },
  ],
  invalid: [
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n明天下午開會，老地方見。\n',
      now,
      errors: [
        { messageId: 'missing-when', line: 3, column: 1, endLine: 3, endColumn: 13, suggestions: [{ messageId: 'add-line', output: '各位同仁：\n\n時間：2026年11月28日（星期六）__:__–__:__\n明天下午開會，老地方見。\n' }] },
        { messageId: 'missing-where', suggestions: [{ messageId: 'add-line', output: '各位同仁：\n\n地點：____（會議室，或線上會議連結）\n明天下午開會，老地方見。\n' }] },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    { language: 'zh-Hant', text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室\n', ''), now, errors: e('where') },
    { language: 'zh-Hant', text: fullZhHant.replace('2026年12月16日（星期三）上午9:00至10:30', '2026年12月16日（星期三）'), now, errors: [{ messageId: 'missing-when', data: {} }, ...e('how-much')] },
    { language: 'zh-Hant', text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室', '地點：老時間老地點'), now, errors: e('where') },
    { language: 'zh-Hant', text: '大家好，明天下午3點開會，記得準時。', now, errors: e('where', 'what', 'why', 'how', 'how-much') },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n下周三开个会，地点另行通知。\n',
      now,
      errors: e('when', 'where', 'what', 'why', 'how', 'how-much'),
    },
    { language: 'zh-Hans', text: fullZhHans.replace('线上会议：腾讯会议 123-456-789\n', '线上会议：腾讯会议\n'), now, errors: e('where') },
    { language: 'zh-Hans', text: fullZhHans.replace('参会人员：研发部、测试部\n', '').replace('各位同事：', '你好：'), now, errors: e('who') },
    { language: 'zh-Hans', text: fullZhHans.replace('为了对齐下季度的发布计划，', ''), now, errors: e('why') },
    { language: 'zh-Hans', text: '定于12月11日（周五）召开分享会，欢迎大家参加。', now, errors: e('when', 'where', 'why', 'how', 'how-much') },
    {
      language: 'zh-Hans',
      text: '# 读书会通知\n\n欢迎大家参加 12 月 18 日（周五）的读书会。\n\n- 主题：《人月神话》\n',
      filename: 'notice.md',
      now,
      errors: [
        { messageId: 'missing-when', suggestions: [{ messageId: 'add-line', output: '# 读书会通知\n\n时间：2026年12月18日（星期五）__:__–__:__\n\n欢迎大家参加 12 月 18 日（周五）的读书会。\n\n- 主题：《人月神话》\n' }] },
        ...e('where', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nTeam meeting tomorrow afternoon in the usual room.\n',
      now,
      errors: [
        { messageId: 'missing-when', suggestions: [{ messageId: 'add-line', output: 'Hi all,\n\nWhen: Saturday, November 28, 2026, __:__–__:__\nTeam meeting tomorrow afternoon in the usual room.\n' }] },
        { messageId: 'missing-where' },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    { language: 'en', text: fullEn.replace('Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890\n', ''), now, errors: e('where') },
    { language: 'en', text: fullEn.replace('Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890', 'Where: on Zoom'), now, errors: e('where') },
    { language: 'en', text: fullEn.replace('on Thursday, December 10, 1:00 PM - 2:30 PM', 'on Thursday, December 10'), now, errors: e('when', 'how-much') },
    { language: 'en', text: fullEn.replace('To decide the Q1 roadmap, we', 'We'), now, errors: e('why') },
    {
      language: 'en',
      text: 'Subject: Sync meeting\n\nLet us sync on Monday, December 7 at 10am.\n',
      filename: 'x.txt',
      now,
      errors: e('where', 'who', 'why', 'how', 'how-much'),
    },
  ],
});
