export const messages = {
  'bad-news-to-group': {
    en: 'Bad news ({terms}) announced to {audience} in writing: tell people first, promptly and face to face, with time for questions; send this as the written record afterwards.',
    'zh-Hant':
      '用群發訊息宣布壞消息（{terms}）給{audience}；請先及時當面說明、留時間回答問題，之後再寄出作為書面紀錄。',
    'zh-Hans':
      '用群发消息宣布坏消息（{terms}）给{audience}；请先及时当面说明、留时间回答问题，之后再发出作为书面记录。',
  },
} as const;
