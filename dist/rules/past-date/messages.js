export const messages = {
    'date-in-past': {
        en: 'The meeting is on {date}, which is already past (today is {today}): check the date, or the year.',
        'zh-Hant': '會議日期{date}已經過了（今天是{today}）；請檢查日期或年份。',
        'zh-Hans': '会议日期{date}已经过了（今天是{today}）；请检查日期或年份。',
    },
};
