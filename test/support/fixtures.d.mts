export declare const NOW: string;
export declare function fixtureArgs(path: string): string[];
