import { type Connection } from 'vscode-languageserver/node';
export declare function startLanguageServer(connection?: Connection): void;
