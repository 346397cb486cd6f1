// The readings issue 13 found wrong, and the clock forms real notices use: each line is read as one expression.
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/index.js';
import { isoDate, isoTime } from '../../src/analysis/times/calendar.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';

interface Reading {
  text: string;
  date?: string;
  start?: string;
  end?: string;
  weekday?: number;
  recurring?: boolean;
  zone?: string;
  now?: string;
}

function read(text: string, at = now) {
  const times = extractTimes(text, { now: at });
  return times.map((time) => ({
    date: time.date && isoDate(time.date),
    start: time.startTime && isoTime(time.startTime),
    end: time.endTime && isoTime(time.endTime),
    weekday: time.weekday?.value,
    recurring: time.recurring,
    zone: time.timezone?.text,
    text: time.text,
  }));
}

function expectReading(c: Reading): void {
  const readings = read(c.text, c.now);
  expect(readings).toHaveLength(1);
  const [reading] = readings;
  expect({ date: reading.date, start: reading.start, end: reading.end }).toEqual({
    date: c.date,
    start: c.start,
    end: c.end,
  });
  if (c.weekday !== undefined) expect(reading.weekday).toBe(c.weekday);
  if (c.recurring !== undefined) expect(reading.recurring).toBe(c.recurring);
  if (c.zone !== undefined) expect(reading.zone).toBe(c.zone);
}

describe('the readings found wrong (issue 13)', () => {
  it.each<Reading>([
    { text: '下午四点二十开会', start: '16:20' },
    { text: '下午四點零五到', start: '16:05' },
  ])('1. Chinese minutes without 分: $text', expectReading);

  it.each<Reading>([
    { text: '上午十点零五分', start: '10:05' },
    { text: '上午十點零五分集合', start: '10:05' },
  ])('2. 零五 is five minutes: $text', expectReading);

  it.each<Reading>([
    { text: '明天2pm开会', date: '2026-11-28', start: '14:00' },
    { text: '会议 5pm CET 开始', start: '17:00', zone: 'CET' },
    { text: '周四4:45p开会', date: '2026-12-03', start: '16:45' },
  ])('3. an English clock in Chinese text: $text', expectReading);

  it.each<Reading>([
    { text: "Let's talk this afternoon at 4:10.", date: '2026-11-27', start: '16:10' },
    { text: 'Call me at 4 tomorrow afternoon.', date: '2026-11-28', start: '16:00' },
    { text: 'See you tomorrow morning at 9:30.', date: '2026-11-28', start: '09:30' },
    { text: 'A social event in the evening of Sunday, November 29.', date: '2026-11-29', weekday: 0 },
  ])('4. the part of the day is kept: $text', expectReading);

  it.each<Reading>([
    { text: 'Review: day after tomorrow at 6pm.', date: '2026-11-29', start: '18:00' },
    { text: 'Day before yesterday the build broke.', date: '2026-11-25' },
  ])('5. two days away: $text', expectReading);

  it.each<Reading>([
    { text: 'As we agreed last Friday, the plan stands.', date: '2026-11-20', weekday: 5 },
    { text: 'The build broke last Monday.', date: '2026-11-23', weekday: 1 },
  ])('6. "last" looks back: $text', expectReading);

  it.each<Reading>([
    { text: '昨日已寄出。', date: '2026-11-26' },
    { text: '前日收到通知。', date: '2026-11-25' },
    { text: '今個星期五開會', date: '2026-11-27', weekday: 5 },
    { text: '聽日見', date: '2026-11-28' },
    { text: '尋日開咗會', date: '2026-11-26' },
    { text: '後日見', date: '2026-11-29' },
  ])('7. 昨日, 前日, 今個 and Cantonese days: $text', expectReading);

  it.each(['請提前日期確認。', '今後日程另行通知。', '之前日程已取消。'])('7. %s has no relative day', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each<Reading>([
    { text: '週日（11月29日）的會議紀要已上傳。', date: '2026-11-29', weekday: 0, now: '2026-12-02' },
    { text: 'The notes from Sunday, Nov 29 are up.', date: '2026-11-29', weekday: 0, now: '2026-12-02' },
  ])('8. the written weekday steers the year: $text', expectReading);

  it('8. says why the year was chosen', () => {
    const [time] = extractTimes('週日（11月29日）的會議紀要已上傳。', { now: '2026-12-02' });
    expect(time.yearSource).toBe('weekday');
    expect(time.reasons?.[0]).toMatch(/2026/);
  });

  it('8. a wrong weekday on a coming date is not moved to last year', () => {
    expect(read('12月16日（星期二）下午2點開會。')[0].date).toBe('2026-12-16');
  });
});

describe('clock forms of real notices', () => {
  it.each<Reading>([
    { text: '每月第二和第四个周四 16:00', date: '2026-12-03', start: '16:00', weekday: 4, recurring: true },
    {
      text: 'every other Tuesday 8am PST',
      date: '2026-12-01',
      start: '08:00',
      weekday: 2,
      recurring: true,
      zone: 'PST',
    },
    {
      text: 'BiThursday 10:00~11:00 a.m (GMT+8)',
      date: '2026-12-03',
      start: '10:00',
      end: '11:00',
      weekday: 4,
      recurring: true,
      zone: 'GMT+8',
    },
    { text: 'Monday afternoon 2 to 4 p.m', date: '2026-11-30', start: '14:00', end: '16:00', weekday: 1 },
    { text: 'Doors open 15:00 p.m.', start: '15:00' },
    { text: '傍晚，18:30起', start: '18:30' },
    { text: '早上 8:10', start: '08:10' },
    { text: '9月16日 周四 20：00', date: '2027-09-16', start: '20:00', weekday: 4 },
  ])('$text', expectReading);

  it.each(['時間：TODO', '时间：待定', 'Time: TBD', '日期：TBA'])('%s is no time', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('9. deadlines and periods', () => {
  it.each([
    ['请在本周五前提交。', '2026-11-27'],
    ['月底前交报告', '2026-11-30'],
    ['下個月底前完成', '2026-12-31'],
    ['它会在七月底或八月初举办', '2027-07-31'],
    ['11月底前交', '2026-11-30'],
    ['Please send it by end of day.', '2026-11-27'],
    ['Numbers by EOM, please.', '2026-11-30'],
    ["Let's finish by the end of next week.", '2026-12-04'],
  ])('%s is a deadline on %s', (text, last) => {
    const [time] = extractTimes(text, { now });
    expect(time).toMatchObject({ deadline: true });
    expect(isoDate(time.date!)).toBe(last);
  });

  it.each([
    ['下周开会讨论', 'week', '2026-11-30', '2026-12-06'],
    ['下個月再約', 'month', '2026-12-01', '2026-12-31'],
    ['这周末去爬山', 'weekend', '2026-11-28', '2026-11-29'],
    ["Let's meet next week.", 'week', '2026-11-30', '2026-12-06'],
  ])('%s is a %s from %s to %s, not a day', (text, unit, first, last) => {
    const [time] = extractTimes(text, { now });
    expect(time.date).toBeUndefined();
    expect(
      time.period && { unit: time.period.unit, first: isoDate(time.period.first), last: isoDate(time.period.last) },
    ).toEqual({ unit, first, last });
  });

  it.each([
    '周五前往北京',
    '周五前一天',
    '下月3日开会',
    '本月刊登',
    '下周期的计划',
    '本周年庆',
    '这周围很安静',
    '这礼拜堂',
  ])('%s has no deadline or period', (text) => {
    expect(extractTimes(text, { now }).filter((time) => time.deadline || time.period)).toEqual([]);
  });
});

describe('a deadline is no day of a meeting', () => {
  it('月底 does not make a message a meeting notice', async () => {
    const { lint } = await import('../../src/index.js');
    const text = '活動報名到七月底，地點依舊在臺灣科技大學。\n';
    const result = await lint({ text, filename: 'a.txt' }, { now });
    expect(result.document.kind).toBe('other');
  });

  it('七月底或八月初 is a date still open: a notice, but not for an upcoming day', async () => {
    const { lint } = await import('../../src/index.js');
    const text = '活動會在七月底或八月初舉辦，地點依舊在臺灣科技大學。\n';
    const result = await lint({ text, filename: 'a.txt' }, { now });
    expect(result.document.kind).toBe('meeting-notice');
    expect(result.document.kindReasons).toContain('date still open: "七月底或八月初"');
    expect(result.document.kindReasons.some((reason) => reason.startsWith('upcoming'))).toBe(false);
    expect(result.diagnostics.filter((d) => d.ruleId === 'meeting-5w2h').map((d) => d.messageId)).toContain(
      'missing-when',
    );
  });
});
