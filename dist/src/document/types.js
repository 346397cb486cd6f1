export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'];
export const BLOCK_PARTS = [
    'subject',
    'heading',
    'paragraph',
    'list-item',
    'quote',
    'table-cell',
];
