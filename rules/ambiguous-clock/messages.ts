export const messages = {
  'ambiguous-clock': {
    en: '"{written}" does not say morning or afternoon: readers may take it as {morning} or as {evening}. Write "{suggested}" or the 24-hour time.',
    'zh-Hant':
      '「{written}」沒寫上午還是下午，讀者可能當成{morning}，也可能當成{evening}；請寫明，例如「{suggested}」或24小時制的時間。',
    'zh-Hans':
      '“{written}”没写上午还是下午，读者可能理解成{morning}，也可能理解成{evening}；请写明，例如“{suggested}”或24小时制的时间。',
  },
  'add-am': {
    en: 'Add AM ({morning}).',
    'zh-Hant': '寫成{morning}。',
    'zh-Hans': '写成{morning}。',
  },
  'add-pm': {
    en: 'Add PM ({evening}).',
    'zh-Hant': '寫成{evening}。',
    'zh-Hans': '写成{evening}。',
  },
} as const;
