/**
 * Declares a rule: message ids and option types are inferred from `meta.messages` and `meta.options`, so a report
 * with an unknown message id or a read of an undeclared option does not compile. The engine validates options against
 * the same declaration before the check runs, which is what makes the narrowing below sound.
 */
export function defineRule(rule) {
    return {
        meta: rule.meta,
        check: (context) => rule.check(context),
    };
}
