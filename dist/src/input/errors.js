/** An input that cannot be read as a draft: reported as one line naming the input, never as a stack trace. */
export class InputError extends Error {
    reason;
    input;
    constructor(reason, input) {
        super(input ? `${input}: ${reason}` : reason);
        this.reason = reason;
        this.input = input;
        this.name = 'InputError';
    }
}
/** A wrong command, option or configuration value (exit code 2). */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
