export const messages = {
  'vague-time': {
    en: '"{term}" is not a time the reader can act on; {hint}.',
    'zh-Hant': '「{term}」不是明確的時間，請{hint}。',
    'zh-Hans': '“{term}”不是明确的时间，请{hint}。',
  },
  'replace-with-time': {
    en: 'Replace "{term}" with an exact time.',
    'zh-Hant': '把「{term}」換成確切的時間。',
    'zh-Hans': '把“{term}”换成确切的时间。',
  },
} as const;
