import type { Language } from '../../src/document/types.js';
export declare const messages: {
    readonly 'missing-when': {
        readonly en: "The meeting notice gives no day with an exact start time{detail}.";
        readonly 'zh-Hant': "會議通知缺少準時開始的時間點（日期和幾點幾分）{detail}。";
        readonly 'zh-Hans': "会议通知缺少准时开始的时间点（日期和几点几分）{detail}。";
    };
    readonly 'missing-where': {
        readonly en: "The meeting notice gives no place: name the room or give the online meeting link{detail}.";
        readonly 'zh-Hant': "會議通知沒有寫明地點：請寫出會議室或線上會議連結{detail}。";
        readonly 'zh-Hans': "会议通知没有写明地点：请写出会议室或线上会议链接{detail}。";
    };
    readonly 'where-deferred': {
        readonly en: "The way in is only promised (\"{term}\"): put the link or the room in the notice.";
        readonly 'zh-Hant': "入會方式只說會另外給（「{term}」）：請把連結或會議室寫進通知。";
        readonly 'zh-Hans': "入会方式只说会另外给（“{term}”）：请把链接或会议室写进通知。";
    };
    readonly 'missing-who': {
        readonly en: "The meeting notice does not say who should attend.";
        readonly 'zh-Hant': "會議通知沒有說明誰要參加。";
        readonly 'zh-Hans': "会议通知没有说明谁要参加。";
    };
    readonly 'missing-what': {
        readonly en: "The meeting notice does not say what the meeting is about.";
        readonly 'zh-Hant': "會議通知沒有說明會議的主題。";
        readonly 'zh-Hans': "会议通知没有说明会议的主题。";
    };
    readonly 'missing-why': {
        readonly en: "The meeting notice does not say why the meeting is held.";
        readonly 'zh-Hant': "會議通知沒有說明開會的目的。";
        readonly 'zh-Hans': "会议通知没有说明开会的目的。";
    };
    readonly 'missing-how': {
        readonly en: "The meeting notice does not say how it runs: the format, what to prepare, how to reply.";
        readonly 'zh-Hant': "會議通知沒有說明進行方式：形式、要準備什麼、如何回覆。";
        readonly 'zh-Hans': "会议通知没有说明进行方式：形式、要准备什么、如何回复。";
    };
    readonly 'missing-how-much': {
        readonly en: "The meeting notice does not say how long it lasts or what it costs.";
        readonly 'zh-Hant': "會議通知沒有說明會議多長或費用多少。";
        readonly 'zh-Hans': "会议通知没有说明会议时长或费用。";
    };
    readonly 'add-line': {
        readonly en: "Add the line \"{line}\".";
        readonly 'zh-Hant': "加上一行「{line}」。";
        readonly 'zh-Hans': "加上一行“{line}”。";
    };
};
/** The reason after a missing-when or missing-where, with the text that shows it as {text}. */
export declare const details: Record<string, Record<Language, string>>;
export declare function detailText(id: string, text: string): Record<Language, string>;
