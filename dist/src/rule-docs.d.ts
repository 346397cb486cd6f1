export declare function ruleDocsLocation(url: string): string;
