export declare const messages: {
    readonly 'times-disagree': {
        readonly en: "{first} is {expected}, not {written}: one of the two times is wrong.";
        readonly 'zh-Hant': "{first}換算過來是{expected}，不是{written}；兩個時間必有一個寫錯了。";
        readonly 'zh-Hans': "{first}换算过来是{expected}，不是{written}；两个时间必有一个写错了。";
    };
    readonly 'day-disagrees': {
        readonly en: "{first} falls on a {expected} in {zone}, not on a {written}.";
        readonly 'zh-Hant': "{first}換算成{zone}是{expected}，不是{written}。";
        readonly 'zh-Hans': "{first}换算成{zone}是{expected}，不是{written}。";
    };
    readonly 'daylight-out-of-season': {
        readonly en: "{zone} is not in use on {date}: that day the clock there is {actual} ({offset}). Check the zone or the time.";
        readonly 'zh-Hant': "{date}不在{zone}的實施期間，當天當地用的是{actual}（{offset}）；請檢查時區或時間。";
        readonly 'zh-Hans': "{date}不在{zone}的实施期间，当天当地用的是{actual}（{offset}）；请检查时区或时间。";
    };
};
