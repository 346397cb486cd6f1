export const messages = {
    'add-date': {
        en: '"{written}" depends on the day this is read; someone reading it later, or forwarded, cannot tell which day it means. Add the date: {date}.',
        'zh-Hant': '「{written}」要看哪天讀才知道是哪一天，日後再讀或被轉寄的人無從確定；請在後面寫上日期：{date}。',
        'zh-Hans': '“{written}”要看哪天读才知道是哪一天，日后再读或被转发的人无从确定；请在后面写上日期：{date}。',
    },
};
