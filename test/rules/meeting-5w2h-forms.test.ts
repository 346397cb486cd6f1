// The recognition signals, time forms and place forms real notices use, each in the three languages: a page that
// gives the day, time and way in passes; the same page without its way in (or its time) is reported.
import { meeting5w2h } from '../../rules/meeting-5w2h/meeting-5w2h.js';
import type { Rule } from '../../src/engine/rule.js';
import { ruleTester } from '../support/rule-tester.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';
const e = (...ids: string[]) => ids.map((id) => ({ messageId: `missing-${id}` }));
const zoom = 'https://zoom.us/j/91234567890';
const tencent = 'https://meeting.tencent.com/dm/abcd1234';
const jitsi = 'https://meet.jit.si/example-room';

ruleTester(meeting5w2h as unknown as Rule, {
  valid: [
    // An agenda list under its heading.
    {
      language: 'en',
      text: `## Community call\n\nEvery Tuesday at 10:00 UTC on [Zoom](${zoom}).\n\n### Agenda\n\n- releases\n- open issues\n`,
      filename: 'README.md',
      now,
      why: 'agenda',
    },
    {
      language: 'zh-Hans',
      text: `## 社区例会\n\n每周二上午10:00，[腾讯会议](${tencent})。\n\n### 议程\n\n- 版本发布\n- 问题讨论\n`,
      filename: 'README.md',
      now,
      why: '议程',
    },
    {
      language: 'zh-Hant',
      text: `## 社群例會\n\n每週二上午10:00，[Jitsi](${jitsi})。\n\n### 議程\n\n- 版本發佈\n- 問題討論\n`,
      filename: 'README.md',
      now,
      why: '議程',
    },
    // A file named for a meeting.
    {
      language: 'en',
      text: `Our meeting is every Thursday at 16:00 UTC: ${zoom}\n`,
      filename: 'community-call.md',
      now,
      why: 'file name',
    },
    { language: 'zh-Hans', text: `每周四下午4:00的会议：${tencent}\n`, filename: '例会.md', now, why: 'file name' },
    {
      language: 'zh-Hant',
      text: '每雙週四下午4:00。\n\n會議連結：另行通知\n',
      filename: '說明.md',
      now,
      why: 'without a file named for a meeting, too few signals',
    },
    // Standing slots in the forms real pages write.
    {
      language: 'en',
      text: `## Meetings\n\nThe group meets every 2nd and 4th Thursday at 9am Pacific: ${zoom}\n`,
      filename: 'README.md',
      now,
      why: '2nd and 4th Thursday',
    },
    {
      language: 'zh-Hans',
      text: `## 例会\n\n每月第二和第四个周四 16:00，会议链接：${tencent}\n`,
      filename: 'README.md',
      now,
      why: '第二和第四个周四',
    },
    {
      language: 'zh-Hant',
      text: `## 例會\n\n每月第二和第四個週四 16:00，會議連結：${jitsi}\n`,
      filename: 'README.md',
      now,
      why: '第二和第四個週四',
    },
    // Clock forms.
    {
      language: 'en',
      text: `## Community call\n\nEvery Monday afternoon 2 to 4 p.m. on [Zoom](${zoom}).\n`,
      filename: 'README.md',
      now,
      why: '2 to 4 p.m',
    },
    {
      language: 'zh-Hans',
      text: `## 例会\n\n每周五傍晚，18:30起，会议链接：${tencent}\n`,
      filename: 'README.md',
      now,
      why: '傍晚，18:30起',
    },
    {
      language: 'zh-Hant',
      text: `## 例會\n\n每週四 20：00（全形冒號），會議連結：${jitsi}\n`,
      filename: 'README.md',
      now,
      why: 'full-width colon',
    },
  ],
  invalid: [
    // A one-off notice missing the rest, so every message of the rule is met in this file.
    {
      language: 'zh-Hant',
      text: '大家好，明天下午3點開會，記得準時。',
      now,
      errors: [
        {
          messageId: 'missing-where',
          suggestions: [
            {
              messageId: 'add-line',
              output: '地點：____（會議室，或線上會議連結）\n大家好，明天下午3點開會，記得準時。',
            },
          ],
        },
        ...e('what', 'why', 'how', 'how-much'),
      ],
    },
    {
      language: 'en',
      text: 'Subject: Sync meeting\n\nLet us sync on Monday, December 7 at 10am.\n',
      filename: 'x.txt',
      now,
      errors: e('where', 'who', 'why', 'how', 'how-much'),
    },
    {
      language: 'en',
      text: '## Community call\n\nEvery Tuesday at 10:00 UTC on Zoom.\n\n### Agenda\n\n- releases\n- open issues\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hans',
      text: '## 社区例会\n\n每周二上午10:00，腾讯会议。\n\n### 议程\n\n- 版本发布\n- 问题讨论\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hant',
      text: '## 社群例會\n\n每週二上午10:00，線上會議。\n\n### 議程\n\n- 版本發佈\n- 問題討論\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: 'Our meeting is every Thursday at 16:00 UTC.\n',
      filename: 'community-call.md',
      now,
      errors: e('where'),
    },
    { language: 'zh-Hans', text: '每周四下午4:00的会议。\n', filename: '例会.md', now, errors: e('where') },
    {
      language: 'zh-Hant',
      text: '每雙週四下午4:00。\n\n會議連結：另行通知\n',
      filename: '會議.md',
      now,
      errors: [{ messageId: 'where-deferred' }, ...e('who', 'what', 'why', 'how', 'how-much')],
    },
    {
      language: 'en',
      text: '## Meetings\n\nThe group meets every 2nd and 4th Thursday at 9am Pacific on Webex.\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'zh-Hans',
      text: '## 例会\n\n每月某周周四 16:00，会议链接：待定\n',
      filename: 'README.md',
      now,
      errors: e('when', 'where'),
    },
    {
      language: 'zh-Hant',
      text: '## 例會\n\n每月第二和第四個週四 16:00，【線上會議】\n',
      filename: 'README.md',
      now,
      errors: e('where'),
    },
    {
      language: 'en',
      text: `## Community call\n\nEvery Monday afternoon on [Zoom](${zoom}).\n`,
      filename: 'README.md',
      now,
      errors: e('when', 'who', 'why', 'how-much'),
    },
    {
      language: 'zh-Hans',
      text: `## 例会\n\n每周五傍晚，会议链接：${tencent}\n`,
      filename: 'README.md',
      now,
      errors: e('when', 'who', 'why', 'how-much'),
    },
    {
      language: 'zh-Hant',
      text: `## 例會\n\n週一/二晚上 20：00，會議連結：${jitsi}\n`,
      filename: 'README.md',
      now,
      errors: e('when', 'who', 'why', 'how-much'),
    },
  ],
});
