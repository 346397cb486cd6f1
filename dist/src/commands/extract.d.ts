import { Command } from 'commander';
export interface CommandIo {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    stdin: NodeJS.ReadableStream;
    write: (stream: NodeJS.WritableStream, text: string) => unknown;
    fail: (message: string) => unknown;
    readAll: (stream: NodeJS.ReadableStream) => Promise<Uint8Array>;
}
export declare function extractCommand(io: CommandIo, setExitCode: (code: number) => void): Command;
