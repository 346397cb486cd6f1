/**
 * Applies the fixes that do not overlap, in source order, as ESLint does; bytes outside a fix's range
 * are copied untouched. Returns the new text and how many fixes went in.
 */
export function applyFixes(source, diagnostics) {
    return applyEdits(source, diagnostics.map((d) => d.fix).filter((fix) => fix !== undefined));
}
/** The same for edits given directly; edits at one place (two inserted lines) go in in the order given. */
export function applyEdits(source, edits) {
    const fixes = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    let output = '';
    let cursor = 0;
    let applied = 0;
    for (const fix of fixes) {
        const [start, end] = fix.range;
        if (start < cursor)
            continue;
        output += source.slice(cursor, start) + fix.text;
        cursor = end;
        applied++;
    }
    output += source.slice(cursor);
    return { output, applied };
}
