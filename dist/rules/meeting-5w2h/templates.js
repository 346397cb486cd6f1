export const TEMPLATES = {
    when: { en: 'When: {date}, __:__–__:__', 'zh-Hant': '時間：{date}__:__–__:__', 'zh-Hans': '时间：{date}__:__–__:__' },
    where: {
        en: 'Where: ____ (room, or online meeting link)',
        'zh-Hant': '地點：____（會議室，或線上會議連結）',
        'zh-Hans': '地点：____（会议室，或线上会议链接）',
    },
    who: { en: 'Who: ____', 'zh-Hant': '參加人員：____', 'zh-Hans': '参会人员：____' },
    what: { en: 'What: ____', 'zh-Hant': '主題：____', 'zh-Hans': '主题：____' },
    why: { en: 'Why: ____', 'zh-Hant': '目的：____', 'zh-Hans': '目的：____' },
    how: {
        en: 'How: ____ (format, what to prepare, how to reply)',
        'zh-Hant': '形式與準備：____（線上或實體、要準備的資料、如何回覆）',
        'zh-Hans': '形式与准备：____（线上或线下、要准备的材料、如何回复）',
    },
    'how-much': { en: 'How long / cost: ____', 'zh-Hant': '時長／費用：____', 'zh-Hans': '时长／费用：____' },
};
export const BLANK_DATE = {
    en: '____, ____ __, ____',
    'zh-Hant': '____年__月__日（星期__）',
    'zh-Hans': '____年__月__日（星期__）',
};
