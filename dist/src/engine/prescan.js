import { mayBeNotice } from '../analysis/meeting/kind.js';
import { simplify } from '../analysis/script/han.js';
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
    if (mayBeNotice(view))
        return true;
    return rules.some((rule) => (rule.meta.pageTriggers ? rule.meta.pageTriggers(view) : true));
}
