// The one place exact prose is pinned: every message of every rule, rendered in the three locales.
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { PLACEHOLDER, renderMessage } from '../src/i18n/format.js';
import { LANGUAGES } from '../src/document/types.js';

const sample = {
  term: 'X',
  hint: { type: 'localized', value: { en: 'give the time', 'zh-Hant': '寫出時間', 'zh-Hans': '写出时间' } },
  detail: { type: 'localized', value: { en: '', 'zh-Hant': '', 'zh-Hans': '' } },
  written: '週五',
  actual: { type: 'weekday', value: 6 },
  date: { type: 'date', value: { year: 2026, month: 12, day: 5 } },
  line: '時間：____',
  terms: { type: 'list', value: ['離譜', '受夠了'] as string[] },
  audience: { type: 'localized', value: { en: '12 recipients', 'zh-Hant': '12 位收件人', 'zh-Hans': '12 位收件人' } },
  name: '王經理',
  sentence: '這次又馬虎了。',
  length: 96,
  limit: 80,
  today: { type: 'date', value: { year: 2026, month: 11, day: 27 } },
  morning: { type: 'localized', value: { en: '03:00', 'zh-Hant': '凌晨3點（03:00）', 'zh-Hans': '凌晨3点（03:00）' } },
  evening: { type: 'localized', value: { en: '15:00', 'zh-Hant': '下午3點（15:00）', 'zh-Hans': '下午3点（15:00）' } },
  suggested: '下午3點',
  first: 'Thursday 15:00 UTC',
  expected: '08:00 PDT',
  zone: 'PDT',
  offset: 'UTC−8',
  unit: 'week',
} as const;

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('messages', () => {
  for (const rule of rules) {
    for (const [id, texts] of Object.entries(rule.meta.messages)) {
      it(`${rule.meta.id}/${id} has the same placeholders in every locale and renders them all`, () => {
        const expected = placeholders(texts.en);
        for (const locale of LANGUAGES) {
          expect(placeholders(texts[locale]), locale).toEqual(expected);
          const rendered = renderMessage(texts[locale], sample, locale);
          expect(rendered).not.toMatch(/\{\w+\}/);
          expect(rendered.trim().length).toBeGreaterThan(5);
        }
        expect(new Set(LANGUAGES.map((l) => texts[l])).size).toBe(3);
      });
      it(`${rule.meta.id}/${id} follows each locale's typography`, () => {
        expect(texts['zh-Hant']).not.toMatch(/[“”]/);
        expect(texts['zh-Hans']).not.toMatch(/[「」]/);
        expect(texts['zh-Hant']).toMatch(/[。！？]$/);
        expect(texts['zh-Hans']).toMatch(/[。！？]$/);
        expect(texts.en).toMatch(/[.!?]$/);
      });
    }
  }

  it("renders weekdays and dates in the reader's locale", () => {
    const template = '{date} {actual}';
    expect(renderMessage(template, sample, 'en')).toBe('December 5, 2026 Saturday');
    expect(renderMessage(template, sample, 'zh-Hant')).toBe('2026年12月5日 星期六');
  });

  it('pins the wording a reader sees', () => {
    const [weekday] = rules.filter((r) => r.meta.id === 'weekday-mismatch');
    const m = weekday.meta.messages['wrong-weekday'];
    expect(renderMessage(m['zh-Hant'], sample, 'zh-Hant')).toBe(
      '2026年12月5日是星期六，不是「週五」；請改成與日期相符的星期。',
    );
    expect(renderMessage(m['zh-Hans'], sample, 'zh-Hans')).toBe(
      '2026年12月5日是星期六，不是“週五”；请改成与日期相符的星期。',
    );
    expect(renderMessage(m.en, sample, 'en')).toBe(
      'December 5, 2026 is a Saturday, not "週五"; write the weekday that matches the date.',
    );
  });
});
