export declare const messages: {
    readonly 'no-confirmation': {
        readonly en: "The message asks something of its readers but no reply: ask them to confirm, so you know it arrived and was understood.";
        readonly 'zh-Hant': "訊息請對方做事，卻沒有請對方回覆；請加上確認的要求，才知道對方收到並理解。";
        readonly 'zh-Hans': "消息请对方做事，却没有请对方回复；请加上确认的要求，才知道对方收到并理解。";
    };
    readonly 'no-confirmation-notice': {
        readonly en: "The meeting notice asks for no reply: ask attendees to confirm, and confirm by phone or chat before the day.";
        readonly 'zh-Hant': "會議通知沒有請對方回覆；請加上確認的要求，會前再用電話或訊息確認一次。";
        readonly 'zh-Hans': "会议通知没有请对方回复；请加上确认的要求，会前再用电话或消息确认一次。";
    };
    readonly 'says-no-reply': {
        readonly en: "The text says no reply is needed (\"{term}\"): ask readers to confirm instead, so you know who received it.";
        readonly 'zh-Hant': "內文寫著「{term}」；請改成請對方回覆確認，才知道誰收到了。";
        readonly 'zh-Hans': "正文写着“{term}”；请改为请对方回复确认，才知道谁收到了。";
    };
    readonly 'replace-with-confirmation': {
        readonly en: "Write \"{line}\" instead.";
        readonly 'zh-Hant': "改寫成「{line}」。";
        readonly 'zh-Hans': "改写成“{line}”。";
    };
    readonly 'add-confirmation': {
        readonly en: "Add the line \"{line}\".";
        readonly 'zh-Hant': "加上一行「{line}」。";
        readonly 'zh-Hans': "加上一行“{line}”。";
    };
};
