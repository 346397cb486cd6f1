// A generated grammar of notice time expressions with the reading each must have, read against
// 2026-11-27T10:00+08:00 (a Friday). Every expected value is computed here from the parts, not by the analysis.

export interface TimeCase {
  text: string;
  language: 'zh-Hans' | 'zh-Hant' | 'en';
  category: string;
  date?: string;
  start?: string;
  end?: string;
}

export const GRAMMAR_NOW = '2026-11-27T10:00:00+08:00';

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (h: number, m: number) => `${pad(h)}:${pad(m)}`;

interface Day {
  iso: string;
  month: number;
  day: number;
  year: number;
  weekday: number;
}

const DAYS: Day[] = [
  { iso: '2026-12-16', year: 2026, month: 12, day: 16, weekday: 3 },
  { iso: '2027-01-08', year: 2027, month: 1, day: 8, weekday: 5 },
  { iso: '2026-12-03', year: 2026, month: 12, day: 3, weekday: 4 },
  { iso: '2026-11-30', year: 2026, month: 11, day: 30, weekday: 1 },
];

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const zhNumeral = (n: number) =>
  n <= 12
    ? ZH_NUMERALS[n]
    : n < 20
      ? `十${ZH_NUMERALS[n - 10]}`
      : `${ZH_NUMERALS[Math.floor(n / 10)]}十${n % 10 ? ZH_NUMERALS[n % 10] : ''}`;
const ZH_WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

/** Each part of the day with hours a writer puts in it (12-hour) and how they read on the 24-hour clock. */
const ZH_PARTS: { word: string; hours: number[]; toDay: (h: number) => number }[] = [
  { word: '早上', hours: [7, 8], toDay: (h) => h },
  { word: '上午', hours: [9, 10, 11], toDay: (h) => h },
  { word: '中午', hours: [12, 1], toDay: (h) => (h < 6 ? h + 12 : h) },
  { word: '下午', hours: [2, 3, 4], toDay: (h) => h + 12 },
  { word: '傍晚', hours: [5, 6], toDay: (h) => h + 12 },
  { word: '晚上', hours: [7, 8, 9], toDay: (h) => h + 12 },
  { word: '凌晨', hours: [1, 2], toDay: (h) => h },
];

/** Clock forms after a part of the day: the text and the minutes it means. */
const ZH_CLOCKS: { form: (h: number, traditional: boolean) => string; minute: number }[] = [
  { form: (h) => `${h}:30`, minute: 30 },
  { form: (h) => `${h}：00`, minute: 0 },
  { form: (h, t) => `${zhNumeral(h)}${t ? '點' : '点'}半`, minute: 30 },
  { form: (h, t) => `${h}${t ? '點' : '点'}`, minute: 0 },
  { form: (h) => `${h}时`, minute: 0 },
  { form: (h, t) => `${zhNumeral(h)}${t ? '點' : '点'}一刻`, minute: 15 },
  { form: (h, t) => `${zhNumeral(h)}${t ? '點' : '点'}三刻`, minute: 45 },
  { form: (h, t) => `${zhNumeral(h)}${t ? '點' : '点'}零五`, minute: 5 },
  { form: (h, t) => `${h}${t ? '點' : '点'}十五`, minute: 15 },
  { form: (h, t) => `${h}${t ? '點' : '点'}20分`, minute: 20 },
];

function zhDates(day: Day, traditional: boolean): { text: string; iso: string; category: string }[] {
  const week = traditional ? '週' : '周';
  const dates = [
    { text: `${day.month}月${day.day}日`, iso: day.iso, category: 'date' },
    { text: `${day.year}年${day.month}月${day.day}日`, iso: day.iso, category: 'date' },
    { text: `${day.month}/${day.day}（${ZH_WEEKDAY[day.weekday]}）`, iso: day.iso, category: 'date' },
    { text: `${day.year}-${pad(day.month)}-${pad(day.day)}`, iso: day.iso, category: 'date' },
    { text: `${zhNumeral(day.month)}月${zhNumeral(day.day)}日`, iso: day.iso, category: 'date' },
  ];
  if (day.iso === '2026-12-03') dates.push({ text: `下${week}四`, iso: day.iso, category: 'relative' });
  if (day.iso === '2026-11-30') dates.push({ text: `下${week}一`, iso: day.iso, category: 'relative' });
  return dates;
}

const ZH_WEEKDAY_FORMS = (traditional: boolean) => [
  '',
  traditional ? '（週W）' : '（周W）',
  '（星期W）',
  traditional ? '（禮拜W）' : '（礼拜W）',
  ' 周W',
];
const ZH_RANGES = ['至', '到', '-', '~', '—'];
const ZH_ZONES = [
  { before: '', after: '' },
  { before: '北京时间', after: '' },
  { before: '', after: '（UTC+8）' },
  { before: '', after: ' GMT+8' },
];

function zhCases(traditional: boolean): TimeCase[] {
  const language = traditional ? 'zh-Hant' : 'zh-Hans';
  const cases: TimeCase[] = [];
  let turn = 0;
  for (const day of DAYS) {
    for (const date of zhDates(day, traditional)) {
      for (const part of ZH_PARTS) {
        for (const [index, clock] of ZH_CLOCKS.entries()) {
          turn++;
          const hour = part.hours[(index + turn) % part.hours.length];
          const start = hhmm(part.toDay(hour), clock.minute);
          // The weekday form, range and zone vary with the turn, so every form meets every other.
          const weekdayForm =
            date.category === 'date' && !date.text.includes('（')
              ? ZH_WEEKDAY_FORMS(traditional)[turn % 5].replace('W', ZH_WEEKDAY[day.weekday])
              : '';
          const zone = turn % 4 === 1 ? ZH_ZONES[1 + (Math.floor(turn / 4) % 3)] : ZH_ZONES[0];
          const withRange = turn % 3 === 0 && clock.minute === 30 && /:/.test(clock.form(hour, traditional));
          const endHour = part.toDay(hour) + 1;
          const range = withRange ? `${ZH_RANGES[turn % 5]}${hour + 1}:30` : '';
          const text = `${zone.before}${date.text}${weekdayForm}${part.word}${clock.form(hour, traditional)}${range}${zone.after}`;
          const category = withRange
            ? 'zh range'
            : zone.before || zone.after
              ? 'zh zone'
              : date.category === 'relative'
                ? 'zh relative day'
                : weekdayForm
                  ? 'zh date + weekday'
                  : 'zh date + clock';
          cases.push({
            text,
            language,
            category,
            date: date.iso,
            start,
            end: withRange ? hhmm(endHour, 30) : undefined,
          });
        }
      }
    }
  }
  return cases;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function enDates(day: Day): { text: string; category: string }[] {
  const month = EN_MONTHS[day.month - 1];
  return [
    { text: `${month} ${day.day}`, category: 'date' },
    { text: `${month.slice(0, 3)} ${day.day}`, category: 'date' },
    { text: `${day.day} ${month}`, category: 'date' },
    { text: `${month} ${day.day}, ${day.year}`, category: 'date' },
    { text: `${month.slice(0, 3)}. ${day.day}`, category: 'date' },
    { text: `${day.year}-${pad(day.month)}-${pad(day.day)}`, category: 'date' },
    {
      text: `${month} ${day.day}${day.day === 3 ? 'rd' : day.day === 16 || day.day === 8 ? 'th' : 'th'}`,
      category: 'date',
    },
  ];
}

/** English clock forms: text for a 24-hour hour and minute. */
const EN_CLOCKS: ((h: number, m: number) => string)[] = [
  (h, m) => `${h % 12 || 12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`,
  (h, m) => `${h % 12 || 12}:${pad(m)} ${h < 12 ? 'a.m.' : 'p.m.'}`,
  (h, m) => `${h % 12 || 12}:${pad(m)}${h < 12 ? 'AM' : 'PM'}`,
  (h, m) => `${hhmm(h, m)}`,
  (h, m) => (m === 0 ? `${h % 12 || 12}${h < 12 ? 'am' : 'pm'}` : `${h % 12 || 12}:${pad(m)}${h < 12 ? 'am' : 'pm'}`),
  (h, m) =>
    m === 0 ? `${h % 12 || 12} ${h < 12 ? 'a.m.' : 'p.m.'}` : `${h % 12 || 12}.${pad(m)} ${h < 12 ? 'a.m.' : 'p.m.'}`,
];
const EN_HOURS: [number, number][] = [
  [9, 0],
  [9, 30],
  [10, 15],
  [13, 0],
  [14, 30],
  [16, 45],
  [18, 0],
  [20, 30],
];
const EN_RANGES = [' - ', '–', ' to ', ' – '];
const EN_ZONES = ['', ' PT', ' UTC', ' (GMT+8)', ' CET', ' ET'];

function enCases(): TimeCase[] {
  const cases: TimeCase[] = [];
  let turn = 0;
  for (const day of DAYS) {
    for (const date of enDates(day)) {
      for (const [hour, minute] of EN_HOURS.flatMap((time) => [time, time, time])) {
        turn++;
        const clock = EN_CLOCKS[turn % EN_CLOCKS.length];
        const weekday =
          turn % 3 === 0
            ? `${EN_WEEKDAYS[day.weekday]}, `
            : turn % 3 === 1
              ? `${EN_WEEKDAYS[day.weekday].slice(0, 3)}, `
              : '';
        const zone = EN_ZONES[turn % EN_ZONES.length];
        const withRange = turn % 4 === 0;
        const endHour = hour + 1;
        const range = withRange ? `${EN_RANGES[turn % EN_RANGES.length]}${clock(endHour, minute)}` : '';
        const joiner = turn % 2 ? ' at ' : ', ';
        const text = `${weekday}${date.text}${joiner}${clock(hour, minute)}${range}${zone}`;
        const category = withRange ? 'en range' : zone ? 'en zone' : weekday ? 'en weekday + date' : 'en date + clock';
        cases.push({
          text,
          language: 'en',
          category,
          date: day.iso,
          start: hhmm(hour, minute),
          end: withRange ? hhmm(endHour, minute) : undefined,
        });
      }
    }
  }
  // Noon and the relative days.
  const relative: [string, string, string][] = [
    ['tomorrow', '2026-11-28', ''],
    ['the day after tomorrow', '2026-11-29', ''],
    ['on Wednesday', '2026-12-02', ''],
    ['this Thursday', '2026-12-03', ''],
    ['next Monday', '2026-11-30', ''],
  ];
  for (const [word, iso] of relative) {
    for (const [hour, minute] of EN_HOURS) {
      turn++;
      const clock = EN_CLOCKS[turn % EN_CLOCKS.length];
      const first = turn % 2 === 0;
      const text = first ? `${word} at ${clock(hour, minute)}` : `at ${clock(hour, minute)} ${word}`;
      cases.push({
        text: text[0].toUpperCase() + text.slice(1),
        language: 'en',
        category: 'en relative day',
        date: iso,
        start: hhmm(hour, minute),
      });
    }
    cases.push({
      text: `${word[0].toUpperCase()}${word.slice(1)} at noon`,
      language: 'en',
      category: 'en relative day',
      date: iso,
      start: '12:00',
    });
  }
  return cases;
}

export function generatedCases(): TimeCase[] {
  return [...zhCases(false), ...zhCases(true), ...enCases()];
}
