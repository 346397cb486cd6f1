export declare const messages: {
    readonly 'date-in-past': {
        readonly en: "The meeting is on {date}, which is already past (today is {today}): check the date, or the year.";
        readonly 'zh-Hant': "會議日期{date}已經過了（今天是{today}）；請檢查日期或年份。";
        readonly 'zh-Hans': "会议日期{date}已经过了（今天是{today}）；请检查日期或年份。";
    };
};
