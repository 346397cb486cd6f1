export declare function htmlToText(html: string): string;
