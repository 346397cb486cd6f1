import type { Block, DocumentKind, Format } from '../../document/types.js';
import type { Audience } from '../audience/audience.js';
import { matchLexicon } from '../lexicon/matcher.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { findLabelledValues, LABELS, type LabelledValue } from '../notice/labels.js';
import { simplify } from '../script/han.js';
import type { Token } from '../tokens/tokens.js';
import { compareDates, referenceDate, type Reference } from '../times/calendar.js';
import { repeatsInSentence } from '../times/recurrence.js';
import type { TimeExpression } from '../times/types.js';
import { meetingLexicon, onlineHosts } from './places.js';

export interface KindDecision {
  kind: DocumentKind;
  /** The sum of the signals' weights; a notice needs NOTICE_SCORE. */
  score: number;
  /** The signals that decided it, as `signal: "text"`, so the output can explain the kind. */
  reasons: string[];
  /** A standing meeting (每双周二上午10:00, "Tuesdays at 17:30 UTC") or one meeting on one day. */
  meeting?: 'one-off' | 'standing';
}

export interface KindInput {
  format: Format;
  filename?: string;
  frontMatter?: Record<string, unknown>;
  /** Asked only once a meeting word is found: it needs jieba's dictionary. */
  audience: () => Audience;
  blocks: Block[];
  /** The page's source, to tell which table cells share a row. */
  source?: string;
  times: TimeExpression[];
  reference: Reference;
  tokensOf: (block: Block) => Token[];
}

const NOTICE_SCORE = 2;
// 2025-03-11-agenda.md, community-call.md, 例会.md: a file named for a meeting.
const MEETING_FILE =
  /(?:^|[/\\_.-])(?:agenda|meeting|meetings|meetup|community[-_]call|sync|standup|例会|会议|會議)(?:[/\\_.-]|$)|\d{4}-\d{2}-\d{2}[-_][^/\\]*(?:agenda|call|meeting)/i;
const FRONT_MATTER_TIME = /^(?:date|time|when|start|starts|start_time|event_date)$/i;
const FRONT_MATTER_PLACE = /^(?:location|venue|where|place|address|meeting_link|zoom)$/i;
// A guide, a how-to or a template for meetings: its times, labels and links are examples, not a call to one.
const GUIDE_TITLE =
  /\b(?:guides?|guidelines?|best practi[a-z]*|handbooks?|playbooks?|curriculum|syllabus|tutorials?|templates?|standard operating procedures?|how-tos?)\b|指南|教程|手册|手冊|最佳实践|最佳實踐|操作说明|操作說明|使用说明|使用說明|模板|范本|範本/i;
const GUIDE_FILE =
  /(?:^|[/\\_.-])(?:guides?|guidelines?|best[-_]practices?|handbooks?|role[-_]handbooks|playbooks?|curriculum|syllabus|tutorials?|templates?|how[-_]?to)(?:[/\\_.-]|$)/i;
// 「时间：2019 年 7 月」, "Date: March 2021": a month names no meeting's day.
const MONTH_ONLY =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*\d{4}|\d{4}[-/.]\d{1,2}|\d{4})\s*$/i;
// The day is announced as still open: 「詳情請留意日後公佈」, 「日期待定」, 「七月底或八月初」, "date TBD".
const DATE_OPEN =
  /(?:時間|时间|日期|詳情|详情|細節|细节|場次|场次)[^。！!\n]{0,12}(?:日後公佈|日后公布|容後公佈|容后公布|另行公佈|另行公布|另行通知|稍後公佈|稍后公布|待定|未定|尚未確定|尚未确定)|(?:日後公佈|日后公布|容後公佈|容后公布)|[一二三四五六七八九十\d]{1,3}月(?:底|初|中|上旬|中旬|下旬)\s*(?:或|或是|或者|到)\s*[一二三四五六七八九十\d]{1,3}月(?:底|初|中|上旬|中旬|下旬)|\b(?:date|dates|time|schedule|details)\b[^.!\n]{0,20}\b(?:tbd|tba|to be (?:announced|confirmed|decided|determined)|not (?:yet )?(?:set|decided|fixed))\b|\b(?:late|early|mid)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* or (?:late|early|mid)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const NEXT_MEETING =
  /\bnext (?:[a-z]+ )?(?:call|meeting|sync|session|meetup)\b|(?:下次|下一次|本次|本周|本週|下周|下週)(?:例会|例會|会议|會議|分享会|活动|聚会)/i;

/**
 * A meeting notice names a meeting and shows enough of the signals below; each counts as `weight`:
 * a notice or invitation word beside the meeting word (1), an audience or recipients (1), the meeting word in the
 * subject or the title (1), an upcoming day (1, or 2 with a clock time), a past day with a clock time (1), a
 * labelled time (「时间：」, "When:", a table row) whose value is a time or still TBD (2), a labelled place (1),
 * an agenda (1), a standing meeting — a repeating day with a clock time (2), "next call" or 下次例会 (1), a file
 * named for a meeting (1), front matter with a date or a place (1). A labelled time and a labelled place make a
 * notice without a meeting word. A page must also tie the meeting to a time (a labelled time, a day with a clock
 * time, a standing slot or an upcoming day): one that only talks about meetings is no notice —
 * 「会议纪要模板：请在会后填写参会人和结论」.
 */
export function decideKind(input: KindInput): KindDecision {
  const inBlock = (group: string, block: Block) => {
    const language = block.language === 'en' ? 'en' : 'zh';
    const entries = [...meetingLexicon(language)[group], ...meetingLexicon(language === 'en' ? 'zh' : 'en')[group]];
    return matchLexicon(entries, block.text, language, language === 'zh' ? () => input.tokensOf(block) : undefined)[0];
  };
  const found = (group: string, within?: Block[]) => {
    for (const block of within ?? input.blocks) {
      const match = inBlock(group, block);
      if (match) return { block, text: match.text };
    }
    return undefined;
  };
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(reason);
  };
  const page = input.format === 'markdown';
  const title = input.blocks.find((block) => block.part === 'subject' || block.part === 'heading');
  const base = input.filename?.split(/[/\\]/).at(-1);
  if (page) {
    const named = [title?.text, ...['title', 'description'].map((key) => input.frontMatter?.[key])].find(
      (text) => typeof text === 'string' && GUIDE_TITLE.test(text),
    );
    const filed = input.filename && GUIDE_FILE.exec(input.filename);
    if (named || filed) {
      const why = named
        ? `a guide by its title: "${String(named).trim().slice(0, 60)}"`
        : `a guide by its file name: "${filed?.[0].replace(/^[/\\_.-]|[/\\_.-]$/g, '')}"`;
      return {
        kind: 'other',
        score: 0,
        reasons: [`${why}; its times, labels and links are examples, not a call to a meeting`],
      };
    }
  }
  const today = referenceDate(input.reference);
  const labels = findLabelledValues(input.blocks);
  // A schedule table counts when it holds a clock time or a day to come: a table of past talks is a record.
  const tableTimes = input.times.filter(
    (time) =>
      input.blocks[time.block]?.part === 'table-cell' &&
      (time.startTime || (time.date && time.dayKind === 'absolute' && compareDates(time.date, today) >= 0)),
  );
  // A labelled time counts when its value is a time, still blank, or holds a figure (「時間 10.15」).
  const timeLabel = labels.find(
    (label) =>
      label.element === 'when' &&
      (label.header
        ? // A schedule table's 「Date | Event」 is no notice; 「When | Where」 or 「日期 | 時間 | 地點」 is.
          labels.some((other) => other.header && other.element === 'where') && tableTimes.length > 0
        : label.blank ||
          (!MONTH_ONLY.test(label.block.text.slice(label.start, label.end)) &&
            (timesIn(label, input.times).length > 0 || /\d/.test(label.block.text.slice(label.start, label.end))))),
  );
  const placeLabel = labels.find((label) => label.element === 'where');
  const nextMeeting = input.blocks.find((block) => NEXT_MEETING.test(block.text));
  // "The next call is on …" names a meeting as well as any meeting word.
  const meeting =
    found('meeting-words') ??
    (nextMeeting && { block: nextMeeting, text: NEXT_MEETING.exec(nextMeeting.text)?.[0] ?? '' });
  const keys = Object.keys(input.frontMatter ?? {});
  // An event page's front matter: a start and a location (`start: 22 September 2013`, `location: Boston`).
  const eventFrontMatter =
    keys.some((key) => FRONT_MATTER_TIME.test(key)) && keys.some((key) => FRONT_MATTER_PLACE.test(key));
  if (!meeting && !(timeLabel && placeLabel) && !eventFrontMatter)
    return { kind: 'other', score: 0, reasons: ['no meeting word'] };
  if (meeting) reasons.push(`meeting word: "${meeting.text}"`);
  else
    reasons.push(
      eventFrontMatter
        ? 'no meeting word, but front matter with a date and a place'
        : 'no meeting word, but a labelled time and place',
    );

  // On a page, the invitation must stand beside the meeting word: "elections will be held" far from "meeting" is no notice.
  const near = meeting
    ? input.blocks.filter((block) => Math.abs(block.index - meeting.block.index) <= 1)
    : input.blocks;
  const notice = found('notice-cues', page ? near : undefined);
  if (notice) add(1, `notice cue: "${notice.text}"`);
  const audience = input.audience();
  if (audience.group || audience.size > 0) {
    add(1, `audience: ${audience.evidence[0] ?? `${audience.size} recipient${audience.size === 1 ? '' : 's'}`}`);
  }
  if (meeting && (meeting.block.part === 'subject' || meeting.block === title))
    add(1, `meeting word in the ${meeting.block.part === 'subject' ? 'subject' : 'title'}`);

  // On a page, "today" and "Monday" are relative to a day nobody knows; only a written date counts there.
  // A deadline (月底, "by EOD") is the last day for something, not the day of a meeting.
  const upcoming = input.times.filter(
    (time) =>
      !time.recurring &&
      !time.deadline &&
      time.date &&
      compareDates(time.date, today) >= 0 &&
      (!page || time.dayKind === 'absolute'),
  );
  const appointment = upcoming.find((time) => time.startTime);
  // On a page, a day gone by speaks of this meeting only in the title, a labelled line or beside the meeting word:
  // an annual report's "on March 8th, 2021" far from "meeting" calls nobody.
  const tied = (time: TimeExpression) =>
    !page ||
    time.block === title?.index ||
    time.block === timeLabel?.block.index ||
    (meeting !== undefined && Math.abs(time.block - meeting.block.index) <= 1);
  const pastDay = input.times.find((time) => !time.recurring && time.date && time.dayKind === 'absolute' && tied(time));
  const past = input.times.find(
    (time) => !time.recurring && time.date && time.startTime && (!page || time.dayKind === 'absolute') && tied(time),
  );
  // 「| SIG Network | Tuesdays at 07:30 PT | … |」: a table cell's row names the meeting its slot belongs to.
  const lines = new Map<Block, number | undefined>();
  const lineOf = (block: Block) => {
    if (!lines.has(block)) {
      const at = block.segments[0]?.sourceStart;
      // The row's line: where the cell starts, less the newlines after it.
      lines.set(block, at === undefined ? undefined : input.source!.lastIndexOf('\n', at));
    }
    return lines.get(block);
  };
  const rowOf = (index: number): Block[] => {
    const cell = input.blocks[index];
    if (cell?.part !== 'table-cell' || input.source === undefined) return [];
    const line = lineOf(cell);
    return input.blocks.filter(
      (other) =>
        other.part === 'table-cell' && other !== cell && Math.abs(other.index - index) <= 8 && lineOf(other) === line,
    );
  };
  // A standing slot names its meeting in its own line or the heading over it: "Regular SIG Meeting: Tuesdays at
  // 17:30 UTC"; a page that mentions in passing that a group meets on Thursdays does not call anyone to it.
  // The header row of the table a cell stands in: the first row of its run of cells.
  const headerOf = (index: number): Block[] => {
    if (input.blocks[index]?.part !== 'table-cell') return [];
    let first = index;
    while (first > 0 && input.blocks[first - 1].part === 'table-cell') first--;
    return first === index
      ? []
      : rowOf(first)
          .concat(input.blocks[first])
          .filter((cell) => cell.index < index && lineOf(cell) !== lineOf(input.blocks[index]));
  };
  const namesMeeting = (index: number) => {
    const heading = input.blocks
      .slice(0, index + 1)
      .reverse()
      .find((block) => block.part === 'heading');
    return [input.blocks[index], input.blocks[index - 1], heading, ...rowOf(index), ...headerOf(index)].some(
      (block) => block && inBlock('meeting-words', block),
    );
  };
  // 「| Name | Meeting Time |」 over 「| Logs | Tuesday at 10:00 PT |」: a weekday and a clock time under a time
  // column of a schedule table is a slot that repeats, as "Tuesdays at 10:00" is.
  const underTimeColumn = (index: number) =>
    headerOf(index).some((cell) => labels.some((label) => label.element === 'when' && label.block === cell));
  const standing = input.times.find(
    (time) =>
      time.startTime &&
      (time.dayKind === 'weekday' || !time.date) &&
      (time.recurring ||
        repeatsInSentence(input.blocks[time.block].text, time.start, time.end) ||
        (time.dayKind === 'weekday' && underTimeColumn(time.block))) &&
      (!page || namesMeeting(time.block)),
  );
  let anchored = false;
  if (appointment) {
    // A day with a clock time is an appointment: it counts twice.
    add(2, `upcoming time: "${appointment.text}"`);
    anchored = true;
  } else if (upcoming.length) {
    add(1, `upcoming day: "${upcoming[0].text}"`);
    anchored = true;
  } else if (past) {
    // A day and a clock time already gone is still a notice (an old post, or a wrong date); it counts once,
    // so "thanks for the meeting yesterday at 3pm" alone is not one.
    add(1, `past time: "${past.text}"`);
    anchored = true;
  }
  if (!appointment && !upcoming.length && !past && pastDay) {
    // A written day already gone, with no clock time: an old event post, or a notice that lacks its start time.
    add(1, `past day: "${pastDay.text}"`);
    anchored = true;
  }
  if (standing) {
    add(2, `standing meeting: "${standing.text}"`);
    anchored = true;
  }
  if (timeLabel) {
    // 「会议时间：TODO（待定）」 is a notice not finished; 「Time:」 with nothing after it is a template.
    const empty = timeLabel.blank && timeLabel.start === timeLabel.end;
    add(
      timeLabel.blank ? (empty ? 0 : 1) : 2,
      `labelled time: "${timeLabel.label}"${timeLabel.blank ? ' (not given yet)' : ''}`,
    );
    anchored = true;
  }
  if (placeLabel) {
    add(1, `labelled place: "${placeLabel.label}"`);
    anchored = true;
  }
  const agenda =
    labels.find((label) => label.element === 'agenda') ??
    input.blocks.find((block) => block.part === 'heading' && /^(?:agenda|议程|議程)\b/i.test(block.text.trim()));
  if (agenda) {
    add(1, 'an agenda');
    anchored = true;
  }
  // An event announced before its day is fixed: near the meeting word or in the title, the date is still open.
  const dateOpen = input.blocks.find(
    (block) =>
      (block === title || (meeting !== undefined && Math.abs(block.index - meeting.block.index) <= 1)) &&
      DATE_OPEN.test(block.text),
  );
  if (dateOpen && !timeLabel) {
    add(1, `date still open: "${DATE_OPEN.exec(dateOpen.text)?.[0]}"`);
    anchored = true;
  }
  // A notice that lacks its start time still names a day or a clock time: 「3/11、3/12 的中午和傍晚」.
  if (!anchored && input.times.some((time) => time.date || time.startTime)) anchored = true;
  if (nextMeeting) add(1, `next meeting: "${NEXT_MEETING.exec(nextMeeting.text)?.[0]}"`);
  const repeating = !standing && input.times.find((time) => time.recurring && time.dayKind === 'weekday');
  if (repeating) add(1, `standing day: "${repeating.text}"`);
  const hosts = onlineHosts();
  // A recording on YouTube is no way into a meeting still to come.
  const live = (url: string) =>
    hosts.some((host) => url.includes(host)) && !/youtu\.be|youtube\.com\/(?!live)/.test(url);
  const link = input.blocks.flatMap((block) => block.links).find((candidate) => live(candidate.url.toLowerCase()));
  if (link) add(1, `meeting link: "${link.url}"`);
  if (base && MEETING_FILE.test(base)) add(1, `file name: "${base}"`);
  if (eventFrontMatter) {
    add(2, 'front matter with a date and a place');
    anchored = true;
  }

  const kind: DocumentKind = score >= NOTICE_SCORE && (!page || anchored) ? 'meeting-notice' : 'other';
  if (kind === 'other' && page && !anchored) reasons.push('no time tied to the meeting');
  return {
    kind,
    score,
    reasons,
    meeting: kind === 'meeting-notice' ? (standing && !appointment ? 'standing' : 'one-off') : undefined,
  };
}

function timesIn(label: LabelledValue, times: TimeExpression[]): TimeExpression[] {
  return times.filter(
    (time) =>
      time.block === label.block.index &&
      time.end > label.start &&
      (label.end === label.start || time.start < label.end + 1),
  );
}

let noticeWords: { meeting: RegExp; time: RegExp; place: RegExp } | undefined;

/**
 * Whether a page's raw text (Simplified, lower-cased) could be a notice, read without parsing it: it holds a
 * meeting word, or a time label and a place label. The pre-scan asks this; decideKind answers for real.
 */
export function mayBeNotice(view: string): boolean {
  if (!noticeWords) {
    const escape = (forms: string[]) =>
      [...new Set(forms.map((f) => simplify(f).toLowerCase()))].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const meeting = (['zh', 'en'] as const).flatMap((language) =>
      loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url))['meeting-words'].flatMap(
        (entry) => entry.forms,
      ),
    );
    const label = (element: 'when' | 'where') =>
      new RegExp(
        `(?:^|[\\s|*-])(?:${escape([...LABELS[element].zh, ...LABELS[element].en]).join('|')})\\**\\s*[:：|]`,
        'm',
      );
    noticeWords = { meeting: new RegExp(escape(meeting).join('|')), time: label('when'), place: label('where') };
  }
  return noticeWords.meeting.test(view) || (noticeWords.time.test(view) && noticeWords.place.test(view));
}
