// Each merge rule on its own: two neighbouring pieces and the text between them, joined or left apart.
import { describe, expect, it } from 'vitest';
import {
  clockRangeEnd,
  clockThenDay,
  clockThenPartOfDay,
  dateThenWeekday,
  dayThenClock,
  weekdayThenDate,
  mergePieces,
  type MergeRule,
} from '../../src/analysis/times/merge.js';
import type { Piece } from '../../src/analysis/times/pieces.js';

const base: Piece = {
  start: 0,
  end: 0,
  yearWritten: false,
  partOfDay: false,
  recurring: false,
  weekdayOnly: false,
  annotationOnly: false,
};
const piece = (start: number, end: number, rest: Partial<Piece>): Piece => ({ ...base, start, end, ...rest });
const day = { year: 2026, month: 12, day: 16 };
const clock = (hour: number, minute = 0) => ({ hour, minute });
const wed = { value: 3, start: 7, end: 9, text: '周三' };

interface Case {
  name: string;
  current: Piece;
  next: Piece;
  gap: string;
  joined?: Partial<Piece>;
}

const table: [MergeRule, Case[]][] = [
  [
    clockRangeEnd,
    [
      {
        name: '9:00 至 10:30',
        current: piece(0, 4, { startTime: clock(9) }),
        next: piece(7, 12, { startTime: clock(10, 30) }),
        gap: ' 至 ',
        joined: { startTime: clock(9), endTime: clock(10, 30), end: 12 },
      },
      {
        name: '14:00-4:00 ends in the afternoon',
        current: piece(0, 5, { startTime: clock(14) }),
        next: piece(6, 10, { startTime: clock(4) }),
        gap: '-',
        joined: { endTime: clock(16) },
      },
      {
        name: '6:30~9:30PM: the meridiem covers the start',
        current: piece(0, 4, { startTime: clock(6, 30) }),
        next: piece(5, 11, { startTime: clock(21, 30) }),
        gap: '~',
        joined: { startTime: clock(18, 30), endTime: clock(21, 30) },
      },
      {
        name: 'not across a comma',
        current: piece(0, 4, { startTime: clock(9) }),
        next: piece(6, 11, { startTime: clock(10) }),
        gap: '，',
      },
      {
        name: 'not to a clock with its own day',
        current: piece(0, 4, { startTime: clock(9) }),
        next: piece(7, 15, { startTime: clock(10), date: day }),
        gap: ' 到 ',
      },
    ],
  ],
  [
    dateThenWeekday,
    [
      {
        name: '12月16日（周三）',
        current: piece(0, 6, { date: day, dayKind: 'absolute' }),
        next: piece(7, 9, { date: day, dayKind: 'weekday', weekday: wed }),
        gap: '（',
        joined: { weekday: wed, end: 9, date: day },
      },
      {
        name: 'not a weekday after a weekday',
        current: piece(0, 2, { date: day, dayKind: 'weekday' }),
        next: piece(3, 5, { date: day, dayKind: 'weekday', weekday: wed }),
        gap: ' ',
      },
      {
        name: 'not over words',
        current: piece(0, 6, { date: day, dayKind: 'absolute' }),
        next: piece(10, 12, { date: day, dayKind: 'weekday', weekday: wed }),
        gap: '还是',
      },
    ],
  ],
  [
    weekdayThenDate,
    [
      {
        name: '下周三（12月16日）',
        current: piece(0, 3, { date: day, dayKind: 'relative', weekday: wed }),
        next: piece(4, 10, { date: day, dayKind: 'absolute' }),
        gap: '（',
        joined: { start: 0, end: 10, dayKind: 'absolute', weekday: wed },
      },
      {
        name: 'not a date after a clock',
        current: piece(0, 3, { date: day, dayKind: 'weekday', weekday: wed, weekdayOnly: true, startTime: clock(9) }),
        next: piece(4, 10, { date: day, dayKind: 'absolute' }),
        gap: ' ',
      },
    ],
  ],
  [
    dayThenClock,
    [
      {
        name: '明天 下午3点',
        current: piece(0, 2, { date: day, dayKind: 'relative' }),
        next: piece(3, 7, { startTime: clock(15), halfOfDay: 'written' }),
        gap: ' ',
        joined: { date: day, startTime: clock(15), end: 7 },
      },
      {
        name: '傍晚，6点半 takes the evening',
        current: piece(0, 2, { partOfDay: true, half: 'pm' }),
        next: piece(3, 6, { startTime: clock(6, 30), halfOfDay: 'unwritten' }),
        gap: '，',
        joined: { startTime: clock(18, 30), halfOfDay: 'written' },
      },
      {
        name: 'not a clock that has a day',
        current: piece(0, 2, { date: day }),
        next: piece(3, 9, { startTime: clock(9), date: day }),
        gap: ' ',
      },
    ],
  ],
  [
    clockThenDay,
    [
      {
        name: 'at 9:00 on December 16',
        current: piece(0, 7, { startTime: clock(9) }),
        next: piece(11, 22, { date: day, dayKind: 'absolute' }),
        gap: ' on ',
        joined: { date: day, dayKind: 'absolute', end: 22 },
      },
      {
        name: 'not a day that has its own clock',
        current: piece(0, 7, { startTime: clock(9) }),
        next: piece(8, 20, { date: day, startTime: clock(10) }),
        gap: ' ',
      },
    ],
  ],
  [
    clockThenPartOfDay,
    [
      {
        name: 'at 4 tomorrow + afternoon',
        current: piece(0, 13, { startTime: clock(4), date: day, halfOfDay: 'unwritten' }),
        next: piece(14, 23, { partOfDay: true, half: 'pm' }),
        gap: ' ',
        joined: { startTime: clock(16), halfOfDay: 'written', end: 23 },
      },
      {
        name: 'a written half stays',
        current: piece(0, 3, { startTime: clock(9), halfOfDay: 'written' }),
        next: piece(4, 13, { partOfDay: true, half: 'pm' }),
        gap: ' ',
        joined: { startTime: clock(9) },
      },
      {
        name: 'not a part of the day that says no half',
        current: piece(0, 3, { startTime: clock(9), halfOfDay: 'unwritten' }),
        next: piece(4, 8, { partOfDay: true }),
        gap: ' ',
      },
    ],
  ],
];

describe.each(table.map(([rule, cases]) => ({ rule, cases, name: rule.name })))(
  'merge rule: $name',
  ({ rule, cases }) => {
    it.each(cases)('$name', ({ current, next, gap, joined }) => {
      const frozen = structuredClone({ current, next });
      const result = rule.merge(current, next, gap);
      if (joined) expect(result).toMatchObject(joined);
      else expect(result).toBeUndefined();
      // Pure: the pieces given are unchanged.
      expect({ current, next }).toEqual(frozen);
    });
  },
);

describe('mergePieces', () => {
  it('joins left to right and leaves far pieces apart', () => {
    const scan = '12月16日（周三）上午9:00 至 10:30' + ' '.repeat(40) + '明天';
    const pieces = [
      piece(0, 6, { date: day, dayKind: 'absolute' }),
      piece(7, 9, { date: day, dayKind: 'weekday', weekday: wed }),
      piece(10, 16, { startTime: clock(9), halfOfDay: 'written' }),
      piece(19, 24, { startTime: clock(10, 30), halfOfDay: 'written' }),
      piece(64, 66, { date: day, dayKind: 'relative' }),
    ];
    const merged = mergePieces(pieces, scan);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ start: 0, end: 24, weekday: wed, startTime: clock(9), endTime: clock(10, 30) });
  });
});
