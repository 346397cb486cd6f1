import type { Language } from '../../src/document/types.js';

export const messages = {
  'missing-when': {
    en: 'The meeting notice gives no day with an exact start time{detail}.',
    'zh-Hant': '會議通知缺少準時開始的時間點（日期和幾點幾分）{detail}。',
    'zh-Hans': '会议通知缺少准时开始的时间点（日期和几点几分）{detail}。',
  },
  'missing-where': {
    en: 'The meeting notice gives no place: name the room or give the online meeting link{detail}.',
    'zh-Hant': '會議通知沒有寫明地點：請寫出會議室或線上會議連結{detail}。',
    'zh-Hans': '会议通知没有写明地点：请写出会议室或线上会议链接{detail}。',
  },
  'where-deferred': {
    en: 'The way in is only promised ("{term}"): put the link or the room in the notice.',
    'zh-Hant': '入會方式只說會另外給（「{term}」）：請把連結或會議室寫進通知。',
    'zh-Hans': '入会方式只说会另外给（“{term}”）：请把链接或会议室写进通知。',
  },
  'missing-who': {
    en: 'The meeting notice does not say who should attend.',
    'zh-Hant': '會議通知沒有說明誰要參加。',
    'zh-Hans': '会议通知没有说明谁要参加。',
  },
  'missing-what': {
    en: 'The meeting notice does not say what the meeting is about.',
    'zh-Hant': '會議通知沒有說明會議的主題。',
    'zh-Hans': '会议通知没有说明会议的主题。',
  },
  'missing-why': {
    en: 'The meeting notice does not say why the meeting is held.',
    'zh-Hant': '會議通知沒有說明開會的目的。',
    'zh-Hans': '会议通知没有说明开会的目的。',
  },
  'missing-how': {
    en: 'The meeting notice does not say how it runs: the format, what to prepare, how to reply.',
    'zh-Hant': '會議通知沒有說明進行方式：形式、要準備什麼、如何回覆。',
    'zh-Hans': '会议通知没有说明进行方式：形式、要准备什么、如何回复。',
  },
  'missing-how-much': {
    en: 'The meeting notice does not say how long it lasts or what it costs.',
    'zh-Hant': '會議通知沒有說明會議多長或費用多少。',
    'zh-Hans': '会议通知没有说明会议时长或费用。',
  },
  'add-line': { en: 'Add the line "{line}".', 'zh-Hant': '加上一行「{line}」。', 'zh-Hans': '加上一行“{line}”。' },
} as const;

/** The reason after a missing-when or missing-where, with the text that shows it as {text}. */
export const details: Record<string, Record<Language, string>> = {
  'day-no-clock': {
    en: ': "{text}" has a day but no start time',
    'zh-Hant': '：「{text}」只有日期，沒有幾點幾分',
    'zh-Hans': '：“{text}”只有日期，没有几点几分',
  },
  'either-or': {
    en: ': "{text}" offers one of two days, not the day',
    'zh-Hant': '：「{text}」是二選一的日子，不是確定的那一天',
    'zh-Hans': '：“{text}”是二选一的日子，不是确定的那一天',
  },
  'unnamed-week': {
    en: ': "{text}" does not say which week',
    'zh-Hant': '：「{text}」沒說是哪一週',
    'zh-Hans': '：“{text}”没说是哪一周',
  },
  'no-weekday': {
    en: ': "{text}" repeats every other week but names no weekday',
    'zh-Hant': '：「{text}」每兩週一次，卻沒說星期幾',
    'zh-Hans': '：“{text}”每两周一次，却没说星期几',
  },
  'not-given': {
    en: ': the time is still "{text}"',
    'zh-Hant': '：時間還是「{text}」',
    'zh-Hans': '：时间还是“{text}”',
  },
  vague: {
    en: '; "{text}" is not a place a newcomer can find',
    'zh-Hant': '；「{text}」不是新來的人找得到的地點',
    'zh-Hans': '；“{text}”不是新来的人找得到的地点',
  },
  platform: {
    en: '; {text} is named, but with no link or meeting ID',
    'zh-Hant': '；只提到{text}，沒有連結或會議號',
    'zh-Hans': '；只提到{text}，没有链接或会议号',
  },
};

export function detailText(id: string, text: string): Record<Language, string> {
  const template = details[id];
  // 「只提到 Zoom ，」: a Latin name stands apart in Chinese text.
  const inChinese = id === 'platform' && /^[A-Za-z]/.test(text) ? ` ${text} ` : text;
  return {
    en: template.en.replace('{text}', text),
    'zh-Hant': template['zh-Hant'].replace('{text}', inChinese),
    'zh-Hans': template['zh-Hans'].replace('{text}', inChinese),
  };
}
