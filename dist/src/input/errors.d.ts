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
/** A rule that threw while checking a draft: the run names the rule and the draft, and checks the other drafts. */
export declare class RuleError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string, cause: unknown);
}
/** The first line of an error's message, for a one-line report. */
export declare function oneLine(error: unknown): string;
/** The one-line reason a draft could not be checked, whatever was thrown while reading or checking it. */
export declare function failureReason(error: unknown): string;
/** An input with nothing to check (an empty file): skipped with a note, never a failure of the run. */
export declare class EmptyInput extends InputError {
    constructor(input?: string);
}
