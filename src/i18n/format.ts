import type { Language } from '../document/types.js';
import type { CalendarDate } from '../analysis/times/calendar.js';
import { EN_WEEKDAY_NAMES, ZH_WEEKDAY_DIGITS } from '../analysis/times/weekdays.js';
import type { MessageData, MessageValue } from '../engine/rule.js';

export const EN_MONTHS = [
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

export function formatWeekday(weekday: number, locale: Language): string {
  return locale === 'en' ? EN_WEEKDAY_NAMES[weekday] : `星期${ZH_WEEKDAY_DIGITS[weekday]}`;
}

export function formatDate(date: CalendarDate, locale: Language): string {
  return locale === 'en'
    ? `${EN_MONTHS[date.month - 1]} ${date.day}, ${date.year}`
    : `${date.year}年${date.month}月${date.day}日`;
}

/** A date with its weekday, as a notice writes it: 2026年12月16日（星期三）, "Wednesday, December 16, 2026". */
export function formatDateWithWeekday(date: CalendarDate, weekday: number, locale: Language): string {
  return locale === 'en'
    ? `${EN_WEEKDAY_NAMES[weekday]}, ${formatDate(date, locale)}`
    : `${formatDate(date, locale)}（${formatWeekday(weekday, locale)}）`;
}

function formatList(items: string[], locale: Language): string {
  if (locale === 'en')
    return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  return items.join('、');
}

export function formatValue(value: MessageValue, locale: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  switch (value.type) {
    case 'weekday':
      return formatWeekday(value.value, locale);
    case 'date':
      return formatDate(value.value, locale);
    case 'list':
      return formatList(value.value, locale);
    case 'localized':
      return value.value[locale] ?? value.value.en ?? '';
  }
}

export const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function renderMessage(template: string, data: MessageData | undefined, locale: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    data && name in data ? formatValue(data[name], locale) : whole,
  );
}
