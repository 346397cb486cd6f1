export const messages = {
    'no-attachment': {
        en: 'The text says something is attached ("{term}"), but nothing is: attach the file before sending.',
        'zh-Hant': '內文提到附件（「{term}」），但信裡沒有附加任何檔案；寄出前請附上。',
        'zh-Hans': '正文提到附件（“{term}”），但邮件里没有附加任何文件；发送前请附上。',
    },
};
