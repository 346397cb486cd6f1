import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/index.js';

// 2026-11-27 is a Friday.
const now = '2026-11-27T10:00:00+08:00';

// Each line of a notice must come out as ONE expression, with its day, written weekday, start and end.
const cases: { text: string; date?: string; weekday?: number; start?: string; end?: string; kind?: string }[] = [
  {
    text: '2026年12月16日（星期三）上午9:00至10:30',
    date: '2026-12-16',
    weekday: 3,
    start: '09:00',
    end: '10:30',
    kind: 'absolute',
  },
  { text: '12月11日（周五）上午9:30', date: '2026-12-11', weekday: 5, start: '09:30', kind: 'absolute' },
  { text: '下午3点', start: '15:00' },
  { text: '後天（星期四）下午4點半', date: '2026-11-29', weekday: 4, start: '16:30', kind: 'relative' },
  { text: '09:30–11:00', start: '09:30', end: '11:00' },
  { text: '下週三下午兩點', date: '2026-12-02', weekday: 3, start: '14:00', kind: 'relative' },
  { text: '定于1月8日下午三点一刻', date: '2027-01-08', start: '15:15', kind: 'absolute' },
  { text: 'Monday, December 7 at 9:30 AM ET', date: '2026-12-07', weekday: 1, start: '09:30', kind: 'absolute' },
  {
    text: 'Thursday, December 10, 1:00 PM - 2:30 PM',
    date: '2026-12-10',
    weekday: 4,
    start: '13:00',
    end: '14:30',
    kind: 'absolute',
  },
  { text: 'the day after tomorrow (Sunday) at 11am', date: '2026-11-29', weekday: 0, start: '11:00', kind: 'relative' },
  { text: 'on January 12', date: '2027-01-12', kind: 'absolute' },
];

const hhmm = (t?: { hour: number; minute: number }) =>
  t && `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
const iso = (d?: { year: number; month: number; day: number }) =>
  d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('extractTimes', () => {
  for (const c of cases) {
    it(c.text, () => {
      const times = extractTimes(c.text, { now });
      expect(times).toHaveLength(1);
      const [time] = times;
      expect(iso(time.date)).toBe(c.date);
      expect(time.weekday?.value).toBe(c.weekday);
      expect(hhmm(time.startTime)).toBe(c.start);
      expect(hhmm(time.endTime)).toBe(c.end);
      if (c.kind) expect(time.dayKind).toBe(c.kind);
      // The expression covers the whole time phrase (`on` and `定于` are not part of it).
      expect(c.text.endsWith(time.text)).toBe(true);
    });
  }

  it('keeps the written weekday apart from the date, so the two can disagree', () => {
    const [time] = extractTimes('2026年12月5日（周五）', { now });
    expect(iso(time.date)).toBe('2026-12-05');
    expect(time.weekday).toMatchObject({ value: 5, text: '周五', start: 11, end: 13 });
  });

  it('reads 12/16（三）and （三）as a Taiwanese date and weekday', () => {
    const [time] = extractTimes('會議時間：12/16（三）14:00', { now });
    expect(iso(time.date)).toBe('2026-12-16');
    expect(time.weekday?.value).toBe(3);
    expect(hhmm(time.startTime)).toBe('14:00');
  });

  it('reads recurring weekdays as recurring', () => {
    expect(extractTimes('Regular SIG Meeting: Tuesdays at 09:00 PT', { now })[0]).toMatchObject({
      recurring: true,
      timezone: { text: 'PT' },
    });
    expect(extractTimes('每週二下午3點例會', { now })[0]).toMatchObject({
      recurring: true,
      startTime: { hour: 15, minute: 0 },
    });
  });

  it('resolves relative days against now in the zone of now', () => {
    const late = extractTimes('明天上午10點', { now: '2026-11-27T23:30:00+08:00' })[0];
    expect(iso(late.date)).toBe('2026-11-28');
    const utc = extractTimes('明天上午10點', { now: '2026-11-27T23:30:00Z' })[0];
    expect(iso(utc.date)).toBe('2026-11-28');
  });

  it.each([
    ['以下三点意见请周知', 'a count, not a clock'],
    ['每周一次', 'a frequency, not a Monday'],
    ['for 30 minutes', 'a duration'],
    ['right now', 'now is no time to meet'],
    ['about 1/3 of the users', 'a fraction'],
    ['see https://zoom.us/j/91234567890?pwd=2026', 'digits in a link'],
    ['第3點需要修改', 'a point of a list'],
    ['以下3点意见请参考', 'a count in digits'],
    ['會議時間以 UTC+8 時區為準', 'an offset'],
    ['During the 1.21 cycle, that means 1.18 through 1.20.', 'versions'],
    ['We rate it at 3 out of 5.', 'a score'],
  ])('finds no time in %s (%s)', (text) => {
    expect(extractTimes(text, { now })).toEqual([]);
  });

  it('finds the zone written inside, before or after a time, and keeps where it is', () => {
    const [beijing, utc] = extractTimes('北京時間週四晚上9點（UTC 12:00）開會', { now });
    expect(beijing.timezone).toEqual({ text: '北京時間', start: 0, end: 4 });
    expect(utc.timezone).toEqual({ text: 'UTC', start: 11, end: 14 });
    const [first, second] = extractTimes('Meeting 15:00 UTC 16:00 CET', { now });
    expect([first.timezone?.text, second.timezone?.text]).toEqual(['UTC', 'CET']);
    expect(extractTimes('15:00 UTC / 23:00 北京时间', { now })[1].timezone?.text).toBe('北京时间');
  });

  it.each([
    ['下午3點', 'written'],
    ['3pm', 'written'],
    ['15:00', 'written'],
    ['09:30', 'written'],
    ['明早9點', 'written'],
    ['3點開會', 'unwritten'],
    ['明天9:30', 'unwritten'],
    ["Let's meet at 3.", 'unwritten'],
    ['at 9:00 on December 3', 'unwritten'],
  ])('%s: the half of the day is %s', (text, half) => {
    expect(extractTimes(text, { now })[0]?.halfOfDay).toBe(half);
  });
});
