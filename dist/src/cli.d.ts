export declare function main(argv: string[], io?: {
    stdout: NodeJS.WriteStream & {
        fd: 1;
    };
    stderr: NodeJS.WriteStream & {
        fd: 2;
    };
    stdin: NodeJS.ReadStream & {
        fd: 0;
    };
}): Promise<number>;
