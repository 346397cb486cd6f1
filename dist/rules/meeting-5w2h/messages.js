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
    'add-line': {
        en: 'Add the line "{line}".',
        'zh-Hant': '加上一行「{line}」。',
        'zh-Hans': '加上一行“{line}”。',
    },
};
