/** draftlint's version, from the package it runs from. */
export declare function packageVersion(): string;
export declare function ruleDocsLocation(url: string): string;
/** The docs page as a URL, for clients that open links: a web address as it is, a shipped page as a file: URL. */
export declare function ruleDocsHref(url: string): string;
