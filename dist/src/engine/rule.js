/** Keeps a rule's literal types while checking it against the Rule shape. */
export function defineRule(rule) {
    return rule;
}
