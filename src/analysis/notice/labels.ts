// The labels notices put before an element's value (「主題：」, "Topic:", 「例会时间：」, "When:"), by element,
// Chinese in Simplified form, and the lines that carry them. Who is split by role; the first role whose label
// matches takes the value.
import type { Block } from '../../document/types.js';
import { simplify } from '../script/han.js';

export type LabelledElement =
  'when' | 'where' | 'agenda' | 'what' | 'why' | 'organizer' | 'contact' | 'attendees' | 'how' | 'cost' | 'duration';

export const LABELS: Record<LabelledElement, { zh: string[]; en: string[] }> = {
  when: {
    zh: [
      '会议时间',
      '活动时间',
      '例会时间',
      '开会时间',
      '举办时间',
      '召开时间',
      '演讲时间',
      '分享时间',
      '讲座时间',
      '报到时间',
      '集合时间',
      '摆摊时间',
      '日期时间',
      '活动日期',
      '会议日期',
      '时间',
      '日期',
      '时段',
    ],
    en: [
      'when',
      'time',
      'date',
      'date and time',
      'date & time',
      'date/time',
      'start time',
      'meeting time',
      'meeting date',
      'event time',
      'event date',
      'session time',
      'call time',
      'next call',
      'next meeting',
      'time and date',
      'start',
      'starts',
      'start date',
    ],
  },
  where: {
    zh: [
      '会议地点',
      '活动地点',
      '演讲地点',
      '分享地点',
      '集合地点',
      '报到地点',
      '分享地址',
      '活动地址',
      '会议地址',
      '报名链接',
      '直播间',
      '地点',
      '地址',
      '场地',
      '会场',
      '位置',
      '会议链接',
      '入会链接',
      '会议室',
      '会议号',
      '直播链接',
      '直播地址',
      '参会链接',
      '线上会议',
    ],
    en: [
      'where',
      'location',
      'venue',
      'address',
      'place',
      'room',
      'zoom',
      'zoom link',
      'meeting link',
      'join link',
      'call link',
      'link',
      'livestream',
      'meeting id',
      'event location',
      'meeting location',
    ],
  },
  agenda: { zh: ['议程', '会议议程', '议题'], en: ['agenda', 'agenda items'] },
  what: {
    zh: [
      '会议主题',
      '活动主题',
      '分享主题',
      '讲座主题',
      '讲题',
      '专题',
      '主题',
      '议题',
      '题目',
      '会议名称',
      '活动名称',
      '事由',
      '会议内容',
      '活动内容',
      '内容',
    ],
    en: ['topic', 'subject', 'title', 'what', 'event', 'session'],
  },
  why: {
    zh: ['会议目的', '活动目的', '目的', '目标', '缘由'],
    en: ['purpose', 'goals', 'goal', 'objectives', 'objective', 'why', 'aim'],
  },
  organizer: {
    zh: ['主持人', '主持', '组织者', '主办方', '主办', '召集人', '负责人', '坑主'],
    en: ['organizer', 'organiser', 'host', 'hosts', 'hosted by', 'chair', 'facilitator', 'moderator'],
  },
  contact: { zh: ['联系人', '联络人', '联系方式', '联络方式'], en: ['contact', 'questions'] },
  attendees: {
    zh: [
      '参加人员',
      '参会人员',
      '出席人员',
      '与会人员',
      '参与人员',
      '参与者',
      '参加者',
      '参加对象',
      '对象',
      '主讲人',
      '主讲',
      '讲者',
      '讲员',
      '讲师',
      '嘉宾',
      '分享人',
    ],
    en: ['who', 'attendees', 'participants', 'invitees', 'speakers', 'speaker', 'audience', 'presenters', 'presenter'],
  },
  how: {
    zh: [
      '形式与准备',
      '会议形式',
      '参加方式',
      '参会方式',
      '报名方式',
      '形式',
      '方式',
      '报名',
      '准备',
      '注意事项',
      '回复',
      '参与模式',
    ],
    en: ['how', 'format', 'rsvp', 'registration', 'register', 'please bring', 'bring', 'prepare', 'dial-in', 'dial in'],
  },
  cost: { zh: ['费用', '收费', '票价', '门票', '预算'], en: ['cost', 'fee', 'fees', 'price', 'tickets', 'admission'] },
  duration: { zh: ['时长', '会议时长', '结束时间'], en: ['duration', 'length', 'end time', 'ends'] },
};

// Order matters where labels share words: 会议时间 before 时间, 结束时间 (duration) before 时间 (when).
const ORDER: LabelledElement[] = [
  'duration',
  'when',
  'where',
  'agenda',
  'what',
  'why',
  'organizer',
  'contact',
  'attendees',
  'how',
  'cost',
];

/** Sentences that state a purpose or a way to take part, where no label does. */
export const PROSE_CUES = {
  why: /为了|为(?:欢迎|庆祝|纪念|帮助|方便)|目的是|旨在|以便|希望能|in order to|so that|so we can|an opportunity (?:for|to)|\bto (?:discuss|decide|review|plan|agree|align|finali[sz]e|go over|welcome|celebrate)\b/i,
  how: /请准备|请携带|请带|建议带|请提前|请回复|报名|填写|表单|线上|线下|腾讯会议|please (?:bring|prepare|read|reply|rsvp|register|vote)|\brsvp\b|\bregist(?:er|ration)\b|in person|in-person|join (?:via|us on|the call)|dial[- ]in|\bvote\b/i,
  free: /免费|不收费|\bfree of charge\b|\bfree\b/i,
  ends: /结束|\bends? (?:around|at|by)\b|\bwill end\b/i,
};

export interface LabelledValue {
  element: LabelledElement;
  /** The label as written, lower-cased and Simplified. */
  label: string;
  block: Block;
  /** Range of the value in the block's text; empty when the value stands in the next block or is missing. */
  start: number;
  end: number;
  /** No value yet: TBD, 待定, TODO, ____, a template slot, nothing after the colon. */
  blank: boolean;
  /** The label stands in a block of its own (a table cell, a heading) and the value in the next. */
  apart?: boolean;
  /** A column header: the values stand in the rows below, and the range is empty. */
  header?: boolean;
}

function isLabel(text: string): boolean {
  const label = simplify(text)
    .trim()
    .replace(/[*_:：]/g, '')
    .trim()
    .toLowerCase();
  return label.length <= 20 && elementOf(label, false) !== undefined;
}

// "Host: Remote", 「地點：待定」, 「会议时间：TODO（待定）」: a label with no value yet.
const BLANK =
  /^(?:remote|online|virtual|tbd|tba|tbc|todo|n\/a|none|待定|待确认|未定|另行通知|容后公布|待公布|另行公布|稍后公布|线上|_+|\?+|？+|\{\{[^}]*\}\}|\[[^\]]*\])(?:\s*[（(][^）)]*[）)])?$/i;

// 「TBD. Want to offer a place? Post in this issue.」
const BLANK_START = /^(?:tbd|tba|tbc|todo|待定|未定)\b[.。,，;；!！]/i;

export function isBlankValue(value: string): boolean {
  const bare = simplify(value.replace(/[*_`]/g, ''))
    .trim()
    .replace(/[。.]$/, '');
  return bare === '' || BLANK.test(bare) || BLANK_START.test(bare);
}

function bilingual(label: string): string[] {
  if (!/\p{Script=Han}/u.test(label) || !/[a-z]/.test(label)) return [];
  return label.split(/\s*[/／|]\s*|(?<=\p{Script=Han})\s*(?=[a-z])|(?<=[a-z])\s*(?=\p{Script=Han})/u).filter(Boolean);
}

function elementOf(label: string, colon: boolean): LabelledElement | undefined {
  // 发版日期 and 测试时间 are no meeting's time: when and where take their labels whole.
  const suffixes = (key: LabelledElement) => colon && key !== 'when' && key !== 'where';
  return ORDER.find(
    (key) =>
      LABELS[key].en.includes(label) ||
      LABELS[key].zh.some((form) => label === form || (suffixes(key) && label.endsWith(form))),
  );
}

/**
 * Lines "label：value" and "Label: value", list lines with no colon (g0v's 「- 地點 Lightbox」), and table rows
 * whose first cell is a label and whose next cell is the value, in the order they appear.
 */
export function findLabelledValues(blocks: Block[]): LabelledValue[] {
  const values: LabelledValue[] = [];
  for (const block of blocks) {
    if (block.part === 'table-cell' || block.part === 'heading') {
      // A table row 「| 时间 | 9月16日 20:00 |」, or a section 「## Location」 / 「## 擺攤時間」 / "## When and Where" over its value.
      const label = simplify(block.text)
        .trim()
        .replace(/[*_:：]/g, '')
        .trim()
        .toLowerCase();
      const heading = block.part === 'heading';
      const parts = heading ? label.split(/\s+(?:and|&)\s+|[&与和/]/).map((part) => part.trim()) : [label];
      const next = blocks[block.index + 1];
      for (const part of label.length <= 20 ? parts : []) {
        const element = elementOf(part, heading);
        // Under a heading, a line that is itself a label (「Name and address:」) is not the heading's value.
        const labelLine = heading && next && /^[^:：\n\d]{1,30}[:：]/.test(next.text);
        // A header row 「| 日期 | 時間 | 地點 |」 holds labels side by side; their values are in the rows below.
        const previous = blocks[block.index - 1];
        const header = !heading && [next, previous].some((cell) => cell?.part === 'table-cell' && isLabel(cell.text));
        if (element && header)
          values.push({
            element,
            label,
            block,
            start: block.text.length,
            end: block.text.length,
            blank: false,
            apart: true,
            header: true,
          });
        else if (element && next && !labelLine && (heading ? next.part !== 'heading' : next.part === 'table-cell')) {
          values.push({
            element,
            label,
            block: next,
            start: 0,
            end: next.text.length,
            blank: isBlankValue(next.text.split('\n')[0]),
            apart: true,
          });
        }
      }
      continue;
    }
    const view = simplify(block.text);
    let offset = 0;
    for (const line of view.split('\n')) {
      const listLine = block.part === 'list-item' || /^\s*[-*•]\s/.test(line);
      const candidates = [
        /^\s*(?:[-*•]\s*)?:?\**_?([^:：\n]{1,20}?)_?\**\s*[:：]\s*\**_?\s*(.*?)\s*$/.exec(line),
        listLine ? /^\s*(?:[-*•]\s*)?(\p{Script=Han}{2,4})[ \t]+(\S.*?)\s*$/u.exec(line) : null,
      ];
      for (const match of candidates) {
        if (!match) continue;
        const label = match[1].trim().toLowerCase();
        // 「時間 10/21 晚間，暫定 6:30」 and 「參考內容 https://…」 break at a colon that ends no label.
        if (/\d|https?$/.test(label)) continue;
        // 「您的演講時間在：」, and a site generator's attribute 「:jbake-location:」.
        const bare = label
          .replace(/(?<=\p{Script=Han})[在是为]$/u, '')
          .replace(/^(?:您的|你的|本次|此次|这次)/, '')
          .replace(/^:?[a-z]+-(?=[a-z]+$)/, '');
        // With a colon, 北京站负责人 is a 负责人 and 分享主题 a 主题; without one, only the label itself.
        const colon = /[:：]/.test(match[0]);
        // A bilingual label, 「時間 Time：」 or 「地點/Location：」, is read by either half.
        const element =
          elementOf(bare, colon) ??
          bilingual(bare)
            .map((part) => elementOf(part, colon))
            .find(Boolean);
        if (!element) continue;
        const value = match[2];
        const valueStart = value
          ? offset + line.indexOf(value, line.indexOf(match[1]) + match[1].length)
          : offset + line.length;
        values.push({
          element,
          label,
          block,
          start: valueStart,
          end: valueStart + value.length,
          blank: isBlankValue(value),
        });
        break;
      }
      offset += line.length + 1;
    }
  }
  return values;
}
