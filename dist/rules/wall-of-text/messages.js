export const messages = {
    'long-sentence': {
        en: 'This sentence runs to {length} words (more than {limit}): split it, or list the points.',
        'zh-Hant': '這句話有 {length} 個字（超過 {limit} 個）；請拆成短句或條列。',
        'zh-Hans': '这句话有 {length} 个字（超过 {limit} 个）；请拆成短句或分条列出。',
    },
    'long-paragraph': {
        en: 'This paragraph runs to {length} words (more than {limit}): break it into bullets or a table.',
        'zh-Hant': '這段文字有 {length} 個字（超過 {limit} 個）；請改成條列或表格。',
        'zh-Hans': '这段文字有 {length} 个字（超过 {limit} 个）；请改成分条列出或表格。',
    },
};
