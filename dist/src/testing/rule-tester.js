// The rule tester, for draftlint's rules and plugins' alike (`import { ruleTester } from 'draftlint/testing'`, under
// vitest). A table-driven tester for one rule, in the manner of ESLint's RuleTester: valid cases must report nothing,
// invalid ones exactly the listed errors; fixes and suggestions are checked by the text they produce.
import { describe, expect, it } from 'vitest';
import { fixWith, lintWith } from '../lint.js';
import { LANGUAGES } from '../document/types.js';
const SEVERITY = { error: 'error', warning: 'warn', info: 'info' };
async function run(rule, c) {
    const input = { text: c.text, filename: c.filename ?? 'case.txt' };
    return lintWith([rule], input, {
        now: c.now,
        kind: c.kind,
        rules: { [rule.meta.id]: [SEVERITY[rule.meta.severity], c.options ?? {}] },
    });
}
function checkCase(result, c) {
    expect(result.document.language, `the case is not written in ${c.language}`).toBe(c.language);
    const relative = result.document.times.some((t) => t.dayKind === 'relative' || t.dayKind === 'weekday');
    if (relative && !c.now && result.document.reference.source === 'clock') {
        throw new Error('a case with a relative time must set `now`, or its result depends on the day the test runs');
    }
}
function applySuggestion(source, d, index) {
    const fix = d.suggestions?.[index]?.fix;
    if (!fix)
        throw new Error(`no suggestion ${index} on ${d.messageId}`);
    return source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
}
export function ruleTester(rule, cases) {
    const seen = new Set();
    for (const c of [...cases.valid, ...cases.invalid]) {
        const key = JSON.stringify([c.text, c.filename, c.kind, c.now, c.options]);
        if (seen.has(key))
            throw new Error(`duplicate case: ${c.text.slice(0, 60)}`);
        seen.add(key);
    }
    const messageIds = Object.keys(rule.meta.messages);
    for (const c of cases.invalid) {
        if (c.errors.length === 0)
            throw new Error(`an invalid case needs errors: ${c.text.slice(0, 60)}`);
        for (const e of c.errors) {
            if (!messageIds.includes(e.messageId))
                throw new Error(`unknown messageId "${e.messageId}" in ${rule.meta.id} case`);
            for (const s of e.suggestions ?? [])
                if (!messageIds.includes(s.messageId))
                    throw new Error(`unknown suggestion messageId "${s.messageId}"`);
        }
        if (c.output !== undefined && c.output === c.text)
            throw new Error('`output` equals the input: use a valid case');
    }
    const used = new Set(cases.invalid.flatMap((c) => c.errors.flatMap((e) => [e.messageId, ...(e.suggestions ?? []).map((s) => s.messageId)])));
    for (const id of messageIds)
        if (!used.has(id))
            throw new Error(`${rule.meta.id}: messageId "${id}" appears in no invalid case`);
    for (const language of LANGUAGES) {
        if (!cases.valid.some((c) => c.language === language))
            throw new Error(`${rule.meta.id}: no valid case in ${language}`);
        if (!cases.invalid.some((c) => c.language === language))
            throw new Error(`${rule.meta.id}: no invalid case in ${language}`);
    }
    describe(rule.meta.id, () => {
        for (const language of LANGUAGES) {
            describe(`valid (${language})`, () => {
                for (const c of cases.valid.filter((v) => v.language === language)) {
                    it(c.why ? `${c.text.slice(0, 50)} — ${c.why}` : c.text.slice(0, 60), async () => {
                        const result = await run(rule, c);
                        checkCase(result, c);
                        expect(result.diagnostics.map((d) => `${d.messageId}: ${d.message}`)).toEqual([]);
                    });
                }
            });
            describe(`invalid (${language})`, () => {
                for (const c of cases.invalid.filter((v) => v.language === language)) {
                    it(c.text.slice(0, 60), async () => {
                        const result = await run(rule, c);
                        checkCase(result, c);
                        expect(result.diagnostics.map((d) => d.messageId)).toEqual(c.errors.map((e) => e.messageId));
                        result.diagnostics.forEach((d, i) => {
                            const e = c.errors[i];
                            if (e.data)
                                expect(d.data).toMatchObject(e.data);
                            for (const key of ['line', 'column', 'endLine', 'endColumn'])
                                if (e[key] !== undefined)
                                    expect(d[key], key).toBe(e[key]);
                            expect(d.message).not.toMatch(/\{\w+\}/);
                            (e.suggestions ?? []).forEach((s, j) => {
                                expect(d.suggestions?.[j]?.messageId).toBe(s.messageId);
                                expect(applySuggestion(result.source, d, j)).toBe(s.output);
                            });
                        });
                        const fixable = result.diagnostics.some((d) => d.fix);
                        if (fixable && c.output === undefined)
                            throw new Error('a fix applies: the case must give `output`');
                        if (c.output !== undefined) {
                            expect(rule.meta.fixable, 'output given for a rule that is not fixable').toBe(true);
                            const fixed = await fixWith([rule], { text: c.text, filename: c.filename ?? 'case.txt' }, {
                                now: c.now,
                                kind: c.kind,
                                rules: { [rule.meta.id]: [SEVERITY[rule.meta.severity], c.options ?? {}] },
                            });
                            expect(fixed.output).toBe(c.output);
                        }
                    });
                }
            });
        }
    });
}
