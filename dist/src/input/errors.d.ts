/** An input that cannot be read as a draft: reported as one line naming the input, never as a stack trace. */
export declare class InputError extends Error {
    readonly reason: string;
    readonly input?: string | undefined;
    constructor(reason: string, input?: string | undefined);
}
/** A wrong command, option or configuration value (exit code 2). */
export declare class UsageError extends Error {
    constructor(message: string);
}
