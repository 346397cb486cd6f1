/** draftlint's version, from the package it runs from. */
export declare function packageVersion(): string;
export declare function ruleDocsLocation(url: string): string;
