import { loadLexicon } from '../analysis/lexicon/lexicon.js';
import { simplify } from '../analysis/script/han.js';
let meetingWords;
function meetingWordPattern() {
    if (!meetingWords) {
        const forms = ['zh', 'en'].flatMap((language) => loadLexicon(new URL(`../analysis/meeting/lexicon.${language}.yaml`, import.meta.url))['meeting-words'].flatMap((entry) => entry.forms));
        const escaped = [...new Set(forms.map((f) => simplify(f).toLowerCase()))].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        meetingWords = new RegExp(escaped.join('|'));
    }
    return meetingWords;
}
const FRONT_MATTER_KEYS = /^(?:to|cc|bcc|attachments|draftlint)\s*:/m;
/**
 * Whether a Markdown page could get any report, read from its raw text without parsing it: a page that is no
 * meeting notice, names no recipients or attachments and holds no word any rule checks on pages needs no parse.
 * Most documentation pages are such pages, and parsing is most of the cost of checking them.
 */
export function pageMayReport(text, rules) {
    const view = simplify(text).toLowerCase();
    const frontMatter = view.startsWith('---') ? view.slice(0, view.indexOf('\n---', 3) + 4) : '';
    if (FRONT_MATTER_KEYS.test(frontMatter))
        return true;
    // A page with directives is parsed, so that an unused one can be reported.
    if (view.includes('draftlint-'))
        return true;
    if (meetingWordPattern().test(view))
        return true;
    return rules.some((rule) => (rule.meta.pageTriggers ? rule.meta.pageTriggers(view) : true));
}
