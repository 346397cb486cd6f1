import { meeting5w2h } from '../../rules/meeting-5w2h/meeting-5w2h.js';
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

ruleTester(meeting5w2h, {
  valid: [
    { language: 'zh-Hant', text: fullZhHant, now },
    {
      language: 'zh-Hant',
      text: '會議紀錄範本：請在會後填寫與會人員與結論。',
      why: 'talks about meetings, calls none',
    },
    {
      language: 'zh-Hant',
      text: '這個函式會回傳會議的開始時間與會議室。',
      filename: 'api.md',
      why: 'API documentation',
    },
    { language: 'zh-Hant', text: '上次的會議很有收穫，謝謝大家。', now, why: 'a past meeting, no notice cue' },
    { language: 'zh-Hans', text: fullZhHans, now },
    {
      language: 'zh-Hans',
      text: '会议纪要模板：请在会后填写参会人和结论。',
      why: 'a template about minutes, not a notice',
    },
    {
      language: 'zh-Hans',
      text: '# 会议室预订\n\n本页说明如何在系统里预订会议室。\n',
      filename: 'booking.md',
      why: 'a documentation page',
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '地点：A座3楼第一会议室'),
      now,
      why: 'a physical room instead of a link',
    },
    { language: 'en', text: fullEn, now },
    {
      language: 'en',
      text: 'The `Meeting` class stores the start time and the room.',
      filename: 'meeting.md',
      why: 'API documentation',
    },
    { language: 'en', text: 'Thanks for the great meeting yesterday, everyone!', now, why: 'a past meeting' },
    {
      language: 'en',
      text: '## Meetings\n\nRegular SIG Meeting: Tuesdays at 09:00 PT (biweekly). [Join on Zoom](https://zoom.us/j/91234567890).\n',
      filename: 'README.md',
      now,
      why: 'a standing meeting page is asked only for its day, time and way in, and gives both',
    },
    {
      language: 'en',
      text: '# Minutes\n\n## July 26, 2018\n\n- meeting went fine\n\n## July 19, 2018\n\n- we will meet again\n\n## July 12, 2018\n\n- kickoff\n',
      filename: 'minutes.md',
      why: 'a log of dated sections records meetings',
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Where: Google Meet https://meet.google.com/abc-defg-hij',
      ),
      now,
      why: 'an online link is a place',
    },
    { language: 'en', text: 'Meeting notes are kept in the wiki.', kind: 'other', why: 'kind set by the caller' },
    // Recognition: a page that merely mentions meetings is no notice.
    {
      language: 'en',
      text: '# Recording policy\n\nMeetings are recorded and posted on YouTube within a week.\n',
      filename: 'recording.md',
      now,
      why: 'mentions meetings, calls none',
    },
    {
      language: 'en',
      text: '## Response headers\n\nDate: the time the response was sent\nLocation: the URL to redirect to\n',
      filename: 'http.md',
      now,
      why: 'HTTP header names, not a labelled time and place',
    },
    {
      language: 'zh-Hans',
      text: '# 发布说明\n\n发版日期：2024 年 3 月 29 日\n\n本次发布修复了会议室预订模块的问题。\n',
      filename: 'release.md',
      now,
      why: '发版日期 is no meeting time',
    },
    {
      language: 'zh-Hant',
      text: '# 使用說明\n\n本頁說明如何在系統裡預約會議室，時間以伺服器時區為準。\n',
      filename: 'guide.md',
      now,
      why: 'documentation about meeting rooms',
    },
    // A standing meeting's page with its day, time and link (labels, a table, a badge-wrapped link).
    {
      language: 'zh-Hans',
      text: '## 例会\n\n例会时间：每双周二上午10:00\n会议链接：https://meeting.tencent.com/dm/abcd1234\n',
      filename: 'README.md',
      now,
      why: 'a labelled standing slot and link',
    },
    {
      language: 'zh-Hant',
      text: '## 例會\n\n- 時間：每週三晚上 19:30\n- 地點：[Jitsi 會議室](https://meet.jit.si/example-room)\n',
      filename: 'README.md',
      now,
      why: 'a list of labels',
    },
    {
      language: 'en',
      text: '## Community call\n\n| When | Where |\n|---|---|\n| Tuesdays at 17:00 UTC | [Join](https://zoom.us/j/91234567890) |\n',
      filename: 'README.md',
      now,
      why: 'a link in a table cell is a place',
    },
    {
      language: 'en',
      text: '## Meetings\n\nWeekly on Thursdays at 16:00 UTC.\n\n[![Join on Zoom](https://img.shields.io/badge/zoom-join-blue)](https://zoom.us/j/91234567890)\n',
      filename: 'README.md',
      now,
      why: 'a badge-wrapped link is a place',
    },
    {
      language: 'zh-Hant',
      text: '<table>\n<tr><td>講題:</td><td>教養子女的要訣</td></tr>\n<tr><td>對象:</td><td>小學生的父母</td></tr>\n<tr><td>目的:</td><td>分享教養經驗</td></tr>\n<tr><td>日期:</td><td>2026年12月19日（星期六）</td></tr>\n<tr><td>時間:</td><td>下午4:30至6:00</td></tr>\n<tr><td>地點:</td><td>台北市信義路五段7號 3樓 301室</td></tr>\n<tr><td>報名:</td><td>請於12月10日前回覆</td></tr>\n</table>\n',
      filename: 'talk.md',
      now,
      why: 'an HTML table in Markdown is read as text',
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Where: Teams (link in the invite)',
      ),
      now,
      options: { acceptDeferredPlace: true },
      why: 'the team accepts links sent in invites',
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '地点：A座3楼第一会议室\n具体议程另行通知'),
      now,
      why: '另行通知 about the agenda defers no place',
    },
    {
      language: 'en',
      text: fullEn
        .replace('To decide the Q1 roadmap, we', 'We')
        .replace('Agenda: roadmap review.', 'Agenda: decide on the Q1 roadmap.'),
      now,
      why: '"decide on …" states the purpose',
    },
    {
      language: 'zh-Hant',
      text: fullZhHant
        .replace('為了確認明年第一季的上線時程，', '')
        .replace('召開產品檢討會議', '召開會議，討論明年人力規劃'),
      now,
      why: '討論明年人力規劃 states the purpose',
    },
    {
      language: 'en',
      text: fullEn.replace('Attendees: product and engineering leads\n', ''),
      now,
      why: '"Hi team" says who, as 各位 does',
    },
    // More recognition signals and place and time forms that answer.
    {
      language: 'en',
      text: '# Agenda\n\n- Date: March 11, 2027 at 10:00 UTC\n- Zoom: https://zoom.us/j/91234567890\n- Attendees: maintainers\n- Goal: decide on the release date\n- Please add items below; 60 minutes.\n',
      filename: '2027-03-11-agenda.md',
      now,
      why: 'an agenda file with a labelled time and link',
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n每月第二和第四个周四 16:00，腾讯会议：123 456 789\n',
      filename: 'README.md',
      now,
      why: 'named weeks with a clock time pin the slot',
    },
    {
      language: 'en',
      text: '## Community call\n\nWe meet every other Tuesday 8am PST on [Zoom](https://zoom.us/j/91234567890).\n',
      filename: 'README.md',
      now,
      why: 'every other Tuesday names its weekday',
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '直播链接：https://live.bilibili.com/12345'),
      now,
      why: 'a livestream link is a way in',
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Where: online, [register here](https://example.org/events/roadmap-2026)',
      ),
      now,
      why: 'a registration link to the event is a way in',
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室', '直播連結：https://www.youtube.com/live/abcdefgh'),
      now,
      why: 'a livestream link is a way in',
    },
    {
      language: 'zh-Hans',
      text: fullZhHans
        .replace('参会人员：研发部、测试部\n', '')
        .replace('为了对齐下季度的发布计划，', '')
        .replace('召开评审会', '召开评审会，决定下季度的发布顺序'),
      now,
      why: '决定… states the purpose, and 各位 says who',
    },
    {
      language: 'en',
      text: fullEn.replace('Hi team,', 'Hi all,').replace('Attendees: product and engineering leads\n', ''),
      now,
      why: '"Hi all" says who, as "Hi team" and 各位 do',
    },
    // Issue 18: a purpose said as a verb phrase, and a greeting to everyone, count the same in the three languages.
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('为了对齐下季度的发布计划，', '').replace('召开评审会', '召开会议，讨论明年人力规划'),
      now,
      why: '讨论明年人力规划 states the purpose',
    },
    {
      language: 'en',
      text: fullEn
        .replace(
          'To decide the Q1 roadmap, we will meet on Thursday, December 10, 1:00 PM - 2:30 PM.',
          "We will meet on Thursday, December 10, 1:00 PM - 2:30 PM to discuss next year's hiring.",
        )
        .replace('Agenda: roadmap review. ', ''),
      now,
      why: '"to discuss next year\'s hiring" states the purpose',
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('參加人員：產品部、工程部全體同仁\n', ''),
      now,
      why: '「各位同仁好」 says who, as "Hi all" does',
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('参会人员：研发部、测试部\n', '').replace('各位同事：', '大家好：'),
      now,
      why: '「大家好」 says who, as "Hi all" does',
    },
  ],
  invalid: [
    // The same notices with neither a purpose nor anyone greeted or listed.
    {
      language: 'zh-Hans',
      text: fullZhHans
        .replace('为了对齐下季度的发布计划，', '')
        .replace('参会人员：研发部、测试部\n', '')
        .replace('各位同事：', '你好：'),
      now,
      errors: e('who', 'why'),
    },
    {
      language: 'en',
      text: fullEn
        .replace('To decide the Q1 roadmap, we', 'We')
        .replace('Agenda: roadmap review. ', '')
        .replace('Attendees: product and engineering leads\n', '')
        .replace('Hi team,', 'Hello,'),
      now,
      errors: e('who', 'what', 'why'),
    },
    {
      language: 'en',
      text: '# Agenda\n\n- Date: March 11, 2027\n- Zoom: https://zoom.us/j/91234567890\n- Attendees: maintainers\n- Goal: decide on the release date\n- Please add items below; 60 minutes.\n',
      filename: '2027-03-11-agenda.md',
      now,
      errors: [{ messageId: 'missing-when' }],
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Location: Online via Zoom',
      ),
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'To join, see the joining instructions.',
      ),
      now,
      errors: [{ messageId: 'where-deferred' }],
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室', '地點：線上 Online'),
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n每月某周周四下午3点，腾讯会议：123 456 789\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-when' }],
    },
    {
      language: 'en',
      text: '## Community call\n\nWe meet biweekly at 8am PST on [Zoom](https://zoom.us/j/91234567890).\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-when' }],
    },
    // Recognised without --kind: a standing meeting's page, labels, a table.
    {
      language: 'zh-Hans',
      text: '## 例会\n\n例会时间：每双周二上午10:00\n会议链接：待定\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: '## 例會\n\n- 時間：每週三晚上 19:30\n- 地點：線上會議\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-where' }],
    },
    {
      language: 'en',
      text: "## Community call\n\nNext call: every Tuesday at 10am Pacific. We'll meet on Webex.\n",
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-where' }],
    },
    {
      language: 'en',
      text: '## Meetings\n\n| When | Where |\n|---|---|\n| Tuesdays at 17:00 UTC | Online via Zoom |\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    // Place promised elsewhere.
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Where: Teams (link in the invite)',
      ),
      now,
      errors: [{ messageId: 'where-deferred', data: { term: 'link in the invite' } }],
    },
    {
      language: 'en',
      text: fullEn.replace(
        'Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890',
        'Joining details will be posted in the chat.',
      ),
      now,
      errors: [{ messageId: 'where-deferred' }],
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '线上会议：链接会前在群里发'),
      now,
      errors: [{ messageId: 'where-deferred' }],
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789', '【飞书会议】'),
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室', '入會方式另行通知'),
      now,
      errors: [{ messageId: 'where-deferred' }],
    },
    // Times that are not pinned.
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('12月11日（周五）下午2:00-3:30', '周一/二晚上20:00'),
      now,
      errors: [{ messageId: 'missing-when' }, ...e('how-much')],
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('12月11日（周五）下午2:00-3:30', '每月某周周四下午3点'),
      now,
      errors: [{ messageId: 'missing-when' }, ...e('how-much')],
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n例会时间：双周上午 10:00\n会议链接：https://meeting.tencent.com/dm/abcd1234\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-when' }],
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n会议时间：TODO（待定）\n会议链接：https://meeting.tencent.com/dm/abcd1234\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-when' }, ...e('who', 'why', 'how-much')],
    },
    {
      language: 'en',
      text: fullEn.replace('on Thursday, December 10, 1:00 PM - 2:30 PM', 'on Tuesday or Wednesday at 3pm'),
      now,
      errors: [{ messageId: 'missing-when' }, ...e('how-much')],
    },
    {
      language: 'en',
      text: '## Meetings\n\nThe team meets biweekly at 10:00 UTC on [Zoom](https://zoom.us/j/91234567890).\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'missing-when' }],
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('2026年12月16日（星期三）上午9:00至10:30', '週一/二晚上八點'),
      now,
      errors: [{ messageId: 'missing-when' }, ...e('how-much')],
    },
    {
      language: 'zh-Hant',
      text: '<table>\n<tr><td>日期:</td><td>2026年12月19日（星期六）</td></tr>\n<tr><td>時間:</td><td>下午4:30至6:00</td></tr>\n<tr><td>地點:</td><td>容後公佈。</td></tr>\n</table>\n',
      filename: 'talk.md',
      now,
      errors: [{ messageId: 'where-deferred' }, ...e('who', 'what', 'why', 'how')],
    },
    {
      language: 'zh-Hant',
      text: '各位同仁：\n\n明天下午開會，老地方見。\n',
      now,
      errors: [
        {
          messageId: 'missing-when',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'add-line',
              output: '各位同仁：\n\n時間：2026年11月28日（星期六）__:__–__:__\n明天下午開會，老地方見。\n',
            },
          ],
        },
        {
          messageId: 'missing-where',
          suggestions: [
            {
              messageId: 'add-line',
              output: '各位同仁：\n\n地點：____（會議室，或線上會議連結）\n明天下午開會，老地方見。\n',
            },
          ],
        },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室\n', ''),
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('2026年12月16日（星期三）上午9:00至10:30', '2026年12月16日（星期三）'),
      now,
      errors: [{ messageId: 'missing-when', data: {} }, ...e('how-much')],
    },
    {
      language: 'zh-Hant',
      text: fullZhHant.replace('地點：台北辦公室 12樓 1201會議室', '地點：老時間老地點'),
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: '大家好，明天下午3點開會，記得準時。',
      now,
      errors: e('where', 'what', 'why', 'how', 'how-much'),
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n下周三开个会，地点另行通知。\n',
      now,
      errors: [
        ...e('when'),
        { messageId: 'where-deferred', data: { term: '地点另行通知' } },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('线上会议：腾讯会议 123-456-789\n', '线上会议：腾讯会议\n'),
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hans',
      text: fullZhHans.replace('参会人员：研发部、测试部\n', '').replace('各位同事：', '你好：'),
      now,
      errors: e('who'),
    },
    { language: 'zh-Hans', text: fullZhHans.replace('为了对齐下季度的发布计划，', ''), now, errors: e('why') },
    {
      language: 'zh-Hans',
      text: '定于12月11日（周五）召开分享会，欢迎大家参加。',
      now,
      errors: e('when', 'where', 'why', 'how', 'how-much'),
    },
    {
      language: 'zh-Hans',
      text: '# 读书会通知\n\n欢迎大家参加 12 月 18 日（周五）的读书会。\n\n- 主题：《人月神话》\n',
      filename: 'notice.md',
      now,
      errors: [
        {
          messageId: 'missing-when',
          suggestions: [
            {
              messageId: 'add-line',
              output:
                '# 读书会通知\n\n时间：2026年12月18日（星期五）__:__–__:__\n\n欢迎大家参加 12 月 18 日（周五）的读书会。\n\n- 主题：《人月神话》\n',
            },
          ],
        },
        ...e('where', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'en',
      text: 'Hi all,\n\nTeam meeting tomorrow afternoon in the usual room.\n',
      now,
      errors: [
        {
          messageId: 'missing-when',
          suggestions: [
            {
              messageId: 'add-line',
              output:
                'Hi all,\n\nWhen: Saturday, November 28, 2026, __:__–__:__\nTeam meeting tomorrow afternoon in the usual room.\n',
            },
          ],
        },
        { messageId: 'missing-where' },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'en',
      text: fullEn.replace('Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890\n', ''),
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: fullEn.replace('Where: Room 4.12, 4th floor, or Zoom https://zoom.us/j/91234567890', 'Where: on Zoom'),
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: fullEn.replace('on Thursday, December 10, 1:00 PM - 2:30 PM', 'on Thursday, December 10'),
      now,
      errors: e('when', 'how-much'),
    },
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
