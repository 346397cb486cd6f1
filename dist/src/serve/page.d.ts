export declare const PAGE: string;
