export declare const messages: {
    readonly 'vague-time': {
        readonly en: "\"{term}\" is not a time the reader can confirm; {hint}.";
        readonly 'zh-Hant': "「{term}」不是確切的時間，對方無從確認幾點幾分；請{hint}。";
        readonly 'zh-Hans': "“{term}”不是确切的时间，对方无从确认几点几分；请{hint}。";
    };
    readonly period: {
        readonly en: "\"{term}\" is a {unit}, not a day: name the day and the time.";
        readonly 'zh-Hant': "「{term}」是一整{unit}，不是哪一天；請寫出哪一天、幾點。";
        readonly 'zh-Hans': "“{term}”是一整{unit}，不是哪一天；请写出哪一天、几点。";
    };
    readonly 'replace-with-time': {
        readonly en: "Replace \"{term}\" with an exact time.";
        readonly 'zh-Hant': "把「{term}」換成確切的時間。";
        readonly 'zh-Hans': "把“{term}”换成确切的时间。";
    };
};
