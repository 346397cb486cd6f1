// Full-width punctuation ends a URL: Chinese prose runs straight on after a link (「https://meet.google.com/abc」，請準時).
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20（）]+/gi;
const TRAILING = /[.,;:!?)\]]+$/;
export function findBareUrls(text) {
    const links = [];
    for (const match of text.matchAll(BARE_URL)) {
        const url = match[0].replace(TRAILING, '');
        links.push({ url, start: match.index, end: match.index + url.length });
    }
    return links;
}
