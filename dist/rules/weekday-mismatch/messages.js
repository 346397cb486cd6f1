export const messages = {
    'wrong-weekday': {
        en: '{date} is a {actual}, not "{written}"; write the weekday that matches the date.',
        'zh-Hant': '{date}是{actual}，不是「{written}」；請改成與日期相符的星期。',
        'zh-Hans': '{date}是{actual}，不是“{written}”；请改成与日期相符的星期。',
    },
};
