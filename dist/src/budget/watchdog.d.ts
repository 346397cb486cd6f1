/** Whether a check was ever stopped in this thread: its lazily built tables may be half built, so none runs here again. */
export declare function stoppedHere(): boolean;
/** Runs `check` with a deadline `seconds` from now: the watched steps inside it throw TimeBudgetError past it. */
export declare function withinBudget<T>(seconds: number, label: string | undefined, check: () => Promise<T>): Promise<T>;
/** Throws TimeBudgetError when the deadline of the check under way has passed. */
export declare function checkDeadline(): void;
/** Runs a synchronous step of a check, stopped at the deadline when there is one (otherwise simply called). */
export declare function watched<T>(step: () => T): T;
