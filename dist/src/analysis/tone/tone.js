import { loadLexicon } from '../lexicon/lexicon.js';
import { matchLexicon } from '../lexicon/matcher.js';
import { simplify } from '../script/han.js';
import { sentenceRange } from '../sentences.js';
export const TONE_KINDS = ['complaint', 'blame', 'praise', 'bad-news'];
function lexicon(language) {
    return loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url));
}
const EN_WINDOW_WORDS = 3;
const ZH_WINDOW_CHARS = 3;
/** Complaint, blame, praise and bad-news words in one block, minus negated ones and rhetorical questions. */
export function findTone(block, tokens, words = {}) {
    const language = block.language === 'en' ? 'en' : 'zh';
    const words$ = lexicon(language);
    const removed = new Set((words.remove ?? []).map((w) => (language === 'zh' ? simplify(w) : w.toLowerCase())));
    const negators = words$.negators.flatMap((e) => e.forms).map((f) => (language === 'zh' ? simplify(f) : f.toLowerCase()));
    const rhetorical = words$.rhetorical.flatMap((e) => e.forms).map((f) => (language === 'zh' ? simplify(f) : f.toLowerCase()));
    const view = language === 'zh' ? simplify(block.text) : block.text.toLowerCase();
    const out = [];
    for (const kind of TONE_KINDS) {
        const entries = words$[kind].map((entry) => ({ ...entry, forms: entry.forms.filter((f) => !removed.has(language === 'zh' ? simplify(f) : f.toLowerCase())) }));
        const extra = words.extra?.[kind] ?? [];
        if (extra.length)
            entries.push({ ...words$[kind][0], id: 'user-words', forms: extra, exceptions: [] });
        for (const match of matchLexicon(entries, block.text, language, tokens)) {
            const sentence = sentenceRange(view, match.start);
            const before = view.slice(sentence.start, match.start);
            const negated = language === 'zh'
                ? negators.some((n) => before.slice(-ZH_WINDOW_CHARS - n.length).includes(n))
                : before.split(/\s+/).filter(Boolean).slice(-EN_WINDOW_WORDS).some((w) => negators.some((n) => w === n || (n.startsWith("n'") && w.endsWith(n))));
            const asked = /[?？]\s*$/.test(view.slice(sentence.start, sentence.end)) && rhetorical.some((r) => view.slice(sentence.start, sentence.end).includes(r));
            if (negated || asked)
                continue;
            out.push({ kind, entry: match.entry.id, block: block.index, start: match.start, end: match.end, text: match.text, sentence });
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
