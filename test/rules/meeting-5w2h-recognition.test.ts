// Recognition signals that keep a page from being taken for a notice (archived and historical pages, guides,
// month-only labels, tables of past talks) and the ones that make a notice or give its place (front matter, event
// pages, reference links, a table row naming its meeting, a date still open).
import { meeting5w2h } from '../../rules/meeting-5w2h/meeting-5w2h.js';
import type { Rule } from '../../src/engine/rule.js';
import { ruleTester } from '../support/rule-tester.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const e = (...ids: string[]) => ids.map((id) => ({ messageId: `missing-${id}` }));

const standingEn = '## Meetings\n\n* Regular WG Meeting: Tuesdays at 9:30 PT (biweekly).\n';
const standingHans = '## 例会\n\n例会时间：每双周二上午10:00\n';
const standingHant = '## 例會\n\n例會時間：每雙週二上午10:00\n';

ruleTester(meeting5w2h as unknown as Rule, {
  valid: [
    // An archived or historical page records a meeting; it calls nobody to it.
    {
      language: 'en',
      text: `# Apply Working Group\n\nSuperseded by wg-api-expression.\n\n${standingEn}`,
      filename: 'wg-apply/README.md',
      now,
      why: 'superseded',
    },
    {
      language: 'en',
      text: `# Cluster Ops SIG\n\n${standingEn}`,
      filename: 'archive/sig-cluster-ops/README.md',
      now,
      why: 'in an archive folder',
    },
    {
      language: 'en',
      text: '# Contributor Conference, 2014-12-03\n\n**This is a historical document.**\n\nConference day: 2014-12-03 in the main hall.\n',
      filename: 'events/README.md',
      now,
      why: 'historical',
    },
    {
      language: 'zh-Hans',
      text: `# 某工作组\n\n本工作组已归档。\n\n${standingHans}`,
      filename: 'wg/README.md',
      now,
      why: '已归档',
    },
    {
      language: 'zh-Hant',
      text: `# 某工作小組\n\n本小組已歸檔。\n\n${standingHant}`,
      filename: 'wg/README.md',
      now,
      why: '已歸檔',
    },
    // A guide, a how-to or a template: its labels and links are examples.
    {
      language: 'en',
      text: '# Calendar Guidelines\n\nProject meetings are a life line of the project.\n\n- Time: Tuesdays at 10:00 UTC\n- Zoom link: https://zoom.us/j/XXXXXXXXX\n',
      filename: 'calendar-guidelines.md',
      now,
      why: 'a guide by its title',
    },
    {
      language: 'en',
      text: '# Running a summit\n\nVenue: book the venue a year ahead.\n\nSummit day: the Monday before the conference.\n',
      filename: 'events-team/best-practices.md',
      now,
      why: 'a guide by its file name',
    },
    {
      language: 'zh-Hans',
      text: '# 会议通知模板\n\n时间：每周二 10:00\n地点：____\n',
      filename: 'notice.md',
      now,
      why: '模板 in the title',
    },
    {
      language: 'zh-Hant',
      text: '# 讀書會主持指南\n\n時間：每週二 19:30\n地點：先訂好會議室\n',
      filename: 'host.md',
      now,
      why: '指南 in the title',
    },
    // A labelled month names no meeting's day.
    {
      language: 'zh-Hans',
      text: '# 测试报告\n\n## 测试版本、时间、地点\n\n时间：2019 年 7 月\n\n地点：北京\n',
      filename: 'benchmark.md',
      now,
      why: 'a test report',
    },
    {
      language: 'zh-Hant',
      text: '# 測試報告\n\n時間：2019 年 7 月\n\n地點：台北\n',
      filename: 'benchmark.md',
      now,
      why: 'a test report',
    },
    {
      language: 'en',
      text: '# Benchmark\n\nDate: March 2021\n\nLocation: Berlin lab\n',
      filename: 'benchmark.md',
      now,
      why: 'a month is no day',
    },
    // A table of past talks is a record.
    {
      language: 'en',
      text: '## Ramping up\n\nThese talks from past meetings help.\n\n| Date | Title | Link |\n|---|---|---|\n| 2023 January 23 | Deep Dive | [Slides](https://example.org/s) |\n| 2022 May 16 | Intro | [Video](https://www.youtube.com/watch?v=x) |\n',
      filename: 'CONTRIBUTING.md',
      now,
      why: 'past talks',
    },
    {
      language: 'zh-Hans',
      text: '## 往期分享\n\n以下是往期会议的分享。\n\n| 日期 | 题目 | 链接 |\n|---|---|---|\n| 2023年1月23日 | 深入解析 | [幻灯片](https://example.org/s) |\n',
      filename: 'talks.md',
      now,
      why: 'past talks',
    },
    {
      language: 'zh-Hant',
      text: '## 過去的分享\n\n以下是過去會議的分享。\n\n| 日期 | 題目 | 連結 |\n|---|---|---|\n| 2023年1月23日 | 深入解析 | [投影片](https://example.org/s) |\n',
      filename: 'talks.md',
      now,
      why: 'past talks',
    },
    // A reference-style link is a link: the way in is given.
    {
      language: 'en',
      text: '## Meetings\n\nEvery Friday at our weekly meeting over [zoom] at 10am PT.\n\n[zoom]: https://zoom.us/my/example\n',
      filename: 'README.md',
      now,
      why: 'reference link',
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n每周五上午10:00 例会，入会：[腾讯会议][tm]\n\n[tm]: https://meeting.tencent.com/dm/abcd1234\n',
      filename: 'README.md',
      now,
      why: 'reference link',
    },
    {
      language: 'zh-Hant',
      text: '## 例會\n\n每週五上午10:00 例會，入會：[會議連結][jitsi]\n\n[jitsi]: https://meet.jit.si/example-room\n',
      filename: 'README.md',
      now,
      why: 'reference link',
    },
    // An event page or a registration host is the way in.
    {
      language: 'en',
      text: '# Clojure Meetup\n\nWe meet online on Thursday, December 10, 2026 at 18:30 PT for 90 minutes to review the latest releases. Everyone is welcome.\n\nWhere: online, see the [Meetup event](https://www.meetup.com/la-clojure/events/315564983/). Please RSVP there.\n',
      filename: 'meetup.md',
      now,
      why: 'a meetup event page',
    },
    {
      language: 'zh-Hans',
      text: '各位同事：\n\n为了对齐下季度的发布计划，定于12月11日（周五）下午2:00-3:30召开分享会。\n线上参加：[活动行](https://www.huodongxing.com/event/123456)\n参会人员：研发部、测试部\n请提前准备各自模块的进度。\n',
      now,
      why: '活动行 is an event page',
    },
    {
      language: 'zh-Hant',
      text: '各位朋友：\n\n為了交流技術經驗，訂於2026年12月16日（星期三）晚上7:00至9:00舉辦聚會。\n地點：[KKTIX 活動頁面](https://example.kktix.cc/events/meetup-2026)\n主題：社群技術分享\n參加人員：社群成員\n請事先報名。\n',
      now,
      why: 'KKTIX event page',
    },
    // A notice that only mentions archiving is still a notice.
    {
      language: 'en',
      text: 'Hi team,\n\nTo decide the Q1 roadmap, we will meet on Thursday, December 10, 1:00 PM - 2:30 PM.\nWhere: Zoom https://zoom.us/j/91234567890\nAttendees: product and engineering leads\nAgenda: roadmap review. Please bring your estimates. Recordings are archived on the wiki.\n',
      now,
      why: 'archiving mentioned in a notice',
    },
  ],
  invalid: [
    // A meetup group's own page is no event's.
    {
      language: 'en',
      text: '# Clojure Meetup\n\nWe meet online on Thursday, December 10, 2026 at 18:30 PT for 90 minutes to review the latest releases. Everyone is welcome.\n\nWe meet online; news in [our Meetup group](https://www.meetup.com/la-clojure/).\n',
      filename: 'meetup.md',
      now,
      errors: e('where'),
    },
    // A notice that is only front matter: reported at the front matter.
    {
      language: 'en',
      text: '---\ncategory: event\ntitle: Scala Days\nlocation: Berlin\nstart: 13 June 2027\nend: 14 June 2027\n---\n',
      filename: 'scala-days.md',
      now,
      errors: [{ messageId: 'missing-when', line: 1, column: 1 }, ...e('who', 'why', 'how')],
    },
    {
      language: 'zh-Hans',
      text: '---\ntitle: 开源年会\nlocation: 北京\nstart: 2027-06-13\n---\n\n欢迎社区伙伴参加开源年会。\n',
      filename: 'event.md',
      now,
      errors: [...e('when', 'who', 'why', 'how', 'how-much')],
    },
    {
      language: 'zh-Hant',
      text: '---\ntitle: 開源年會\nlocation: 台北\nstart: 2027-06-13 09:00\n---\n\n歡迎社群夥伴參加開源年會。\n',
      filename: 'event.md',
      now,
      errors: [...e('who', 'why', 'how', 'how-much')],
    },
    // A table of standing calls: the slot's row names its meeting.
    {
      language: 'en',
      text: '# Calls\n\n| Group | Slot | Notes |\n|---|---|---|\n| SIG Network meeting | Tuesdays at 07:30 PT | biweekly |\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: '# Calls\n\n| Group | Slot | Joining |\n|---|---|---|\n| SIG Storage meeting | Thursdays at 09:00 UTC | link in the calendar invite |\n',
      filename: 'README.md',
      now,
      errors: [{ messageId: 'where-deferred' }],
    },
    {
      language: 'en',
      text: '---\nlocation: Berlin\nstart: 2027-06-13 09:00\n---\n',
      filename: 'event.md',
      now,
      errors: e('who', 'what', 'why', 'how', 'how-much'),
    },
    {
      language: 'zh-Hans',
      text: '# 日程\n\n| 名称 | 时间 |\n|---|---|\n| 社区例会 | 每周二 10:00 |\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: '# 日程\n\n| 名稱 | 時間 |\n|---|---|\n| 社群例會 | 每週二 10:00 |\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    // A span of days says how long the event lasts: no missing-how-much.
    {
      language: 'en',
      text: '# Contributor Summit 2026\n\nTo meet in person, the summit takes place December 10th to 13th, 2026 at the Hilton, Room 301.\n',
      filename: 'summit.md',
      now,
      errors: e('when', 'who', 'why'),
    },
    {
      language: 'zh-Hans',
      text: '# 2026 开发者大会\n\n为了交流经验，大会将于2026年12月10日至13日在国际会议中心301室举办。\n',
      filename: 'summit.md',
      now,
      errors: e('when', 'who', 'how'),
    },
    {
      language: 'zh-Hant',
      text: '# 2026 開發者大會\n\n為了交流經驗，大會將於2026年12月10日至13日在國際會議中心301室舉辦。\n',
      filename: 'summit.md',
      now,
      errors: e('when', 'who', 'how'),
    },
    // An event announced with its date still open.
    {
      language: 'zh-Hant',
      text: '# 2027年 公開聚會\n\n2027年公開聚會詳情，請留意日後公佈。\n',
      filename: 'index.md',
      now,
      errors: e('when', 'where', 'who', 'why', 'how', 'how-much'),
    },
    {
      language: 'zh-Hans',
      text: '# 2027 年度大会\n\n年度大会将于七月底或八月初举办，欢迎大家参加。\n',
      filename: 'index.md',
      now,
      errors: e('when', 'where', 'why', 'how', 'how-much'),
    },
    {
      language: 'en',
      text: '# Community Meetup 2027\n\nThe meetup date is TBD; details to follow.\n',
      filename: 'index.md',
      now,
      errors: [
        ...e('when'),
        {
          messageId: 'missing-where',
          suggestions: [
            {
              messageId: 'add-line',
              output:
                '# Community Meetup 2027\n\nWhere: ____ (room, or online meeting link)\n\nThe meetup date is TBD; details to follow.\n',
            },
          ],
        },
        ...e('who', 'why', 'how', 'how-much'),
      ],
    },
  ],
});
