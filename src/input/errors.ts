/** An input that cannot be read as a draft: reported as one line naming the input, never as a stack trace. */
export class InputError extends Error {
  constructor(
    readonly reason: string,
    readonly input?: string,
  ) {
    super(input ? `${input}: ${reason}` : reason);
    this.name = 'InputError';
  }
}

/** A wrong command, option or configuration value (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A rule that threw while checking a draft: the run names the rule and the draft, and checks the other drafts. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed: ${oneLine(cause)}`, { cause });
    this.name = 'RuleError';
  }
}

/** The first line of an error's message, for a one-line report. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || (error instanceof Error ? error.name : 'unknown error');
}

/** The one-line reason a draft could not be checked, whatever was thrown while reading or checking it. */
export function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  if (error instanceof RuleError) return error.message;
  if (error instanceof Error && error.name === 'CheckFailure') return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'could not be checked: nested too deeply';
  return `could not be checked: internal error (${oneLine(error)}); please report it with the draft`;
}

/** An input with nothing to check (an empty file): skipped with a note, never a failure of the run. */
export class EmptyInput extends InputError {
  constructor(input?: string) {
    super('empty file, nothing to check: skipped', input);
    this.name = 'EmptyInput';
  }
}
