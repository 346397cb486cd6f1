/** The notice's times read in the half of the day the user chose for a clock that does not say (明天3点). */
export function settleClock(extraction, half) {
    const reading = extraction.when?.clock?.readings.find((candidate) => candidate.half === half);
    if (!extraction.when || !reading)
        return extraction;
    const { clock, ...when } = extraction.when;
    return { ...extraction, when: { ...when, start: reading.start, end: reading.end, confidence: 0.9 } };
}
/** am, pm, a, p, 上午, 下午, 早上, 晚上 as typed by a user; undefined for anything else. */
export function halfAnswer(answer) {
    const text = answer.trim().toLowerCase();
    if (/^(a\.?m?\.?|morning|上午|早上|凌晨)$/.test(text))
        return 'am';
    if (/^(p\.?m?\.?|afternoon|evening|下午|晚上)$/.test(text))
        return 'pm';
    return undefined;
}
