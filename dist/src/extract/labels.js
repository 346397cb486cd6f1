// The labels notices put before an element's value (「主題：」, "Topic:"), by element, Chinese in Simplified form.
// Who is split by role; the first role whose label matches takes the value.
export const LABELS = {
    what: {
        zh: ['会议主题', '活动主题', '分享主题', '讲座主题', '主题', '议题', '题目', '会议名称', '活动名称', '事由', '会议内容', '活动内容', '内容'],
        en: ['topic', 'subject', 'title', 'what', 'event', 'session'],
    },
    why: { zh: ['会议目的', '活动目的', '目的', '目标', '缘由'], en: ['purpose', 'goals', 'goal', 'objectives', 'objective', 'why', 'aim'] },
    organizer: { zh: ['主持人', '主持', '组织者', '主办方', '主办', '召集人', '负责人', '坑主'], en: ['organizer', 'organiser', 'host', 'hosts', 'hosted by', 'chair', 'facilitator', 'moderator'] },
    contact: { zh: ['联系人', '联络人', '联系方式', '联络方式'], en: ['contact', 'questions'] },
    attendees: {
        zh: ['参加人员', '参会人员', '出席人员', '与会人员', '参与人员', '参与者', '参加者', '参加对象', '对象', '主讲人', '主讲', '讲者', '嘉宾', '分享人'],
        en: ['who', 'attendees', 'participants', 'invitees', 'speakers', 'speaker', 'audience', 'presenters', 'presenter'],
    },
    how: {
        zh: ['形式与准备', '会议形式', '参加方式', '参会方式', '报名方式', '形式', '方式', '报名', '准备', '注意事项', '回复'],
        en: ['how', 'format', 'rsvp', 'registration', 'register', 'please bring', 'bring', 'prepare', 'dial-in', 'dial in'],
    },
    where: { zh: ['地点', '地址', '场地', '会场', '会议地点', '活动地点', '位置'], en: ['where', 'location', 'venue', 'address', 'place'] },
    cost: { zh: ['费用', '收费', '票价', '门票', '预算'], en: ['cost', 'fee', 'fees', 'price', 'tickets', 'admission'] },
    duration: { zh: ['时长', '会议时长', '结束时间'], en: ['duration', 'length', 'end time', 'ends'] },
};
/** Sentences that state a purpose or a way to take part, where no label does. */
export const PROSE_CUES = {
    why: /为了|为(?:欢迎|庆祝|纪念|帮助|方便)|目的是|旨在|以便|希望能|in order to|so that|so we can|an opportunity (?:for|to)|\bto (?:discuss|decide|review|plan|agree|align|finali[sz]e|go over|welcome|celebrate)\b/i,
    how: /请准备|请携带|请带|建议带|请提前|请回复|报名|填写|表单|线上|线下|腾讯会议|please (?:bring|prepare|read|reply|rsvp|register|vote)|\brsvp\b|\bregist(?:er|ration)\b|in person|in-person|join (?:via|us on|the call)|dial[- ]in|\bvote\b/i,
    free: /免费|不收费|\bfree of charge\b|\bfree\b/i,
    ends: /结束|\bends? (?:around|at|by)\b|\bwill end\b/i,
};
