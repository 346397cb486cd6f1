import { isUtf8 } from 'node:buffer';
import PostalMime from 'postal-mime';
import { parseTextBlocks } from './text.js';
import { InputError } from './errors.js';
const HEADER_LINE = /^[!-9;-~]+:/;
const CHARSET_PARAM = /charset\s*=\s*"?([^";\s]+)"?/gi;
/**
 * An RFC 5322 message. Line and column numbers refer to the message as written when its body is
 * 7bit or 8bit text; otherwise to the header lines followed by the decoded body, and fixes become suggestions.
 */
export async function parseEml(bytes, filename) {
    const raw = new TextDecoder('utf-8').decode(bytes);
    const headerEnd = findHeaderEnd(raw);
    if (headerEnd === -1 || !HEADER_LINE.test(raw.trimStart())) {
        throw new InputError('not an email message (RFC 5322): no header fields before the body', filename);
    }
    checkCharsets(raw, filename);
    let email;
    try {
        email = await PostalMime.parse(bytes);
    }
    catch (error) {
        throw new InputError(`malformed email message (${error.message})`, filename);
    }
    const body = email.text ?? (email.html ? await htmlToText(email.html) : '');
    const headerSection = raw.slice(0, headerEnd);
    const located = locateBody(raw, headerEnd, body);
    // Only a UTF-8 message can be written back from its decoded text without changing other bytes.
    const writable = located !== undefined && isUtf8(bytes);
    const source = located ? raw : `${headerSection}${body}`;
    const bodyStart = located ? located.start : headerSection.length;
    const bodyText = located ? raw.slice(located.start, located.start + located.length) : body;
    const blocks = [];
    const subject = email.subject?.trim();
    if (subject)
        blocks.push(subjectBlock(subject, headerSection));
    blocks.push(...parseTextBlocks(bodyText, bodyStart, blocks.length));
    return {
        format: 'eml',
        filename,
        source,
        writable,
        headers: {
            from: email.from ? toAddress(email.from) : undefined,
            to: flatten(email.to),
            cc: flatten(email.cc),
            bcc: flatten(email.bcc),
            date: rawHeader(email.headers, 'date'),
            subject,
        },
        attachments: email.attachments
            .filter((a) => a.disposition !== 'inline')
            .map((a) => ({ filename: a.filename ?? '', mimeType: a.mimeType })),
        blocks,
    };
}
function findHeaderEnd(raw) {
    const match = /\r?\n\r?\n/.exec(raw);
    return match ? match.index + match[0].length : -1;
}
function checkCharsets(raw, filename) {
    for (const match of raw.matchAll(CHARSET_PARAM)) {
        try {
            new TextDecoder(match[1]);
        }
        catch {
            throw new InputError(`unsupported charset "${match[1]}"`, filename);
        }
    }
}
/** Finds the decoded body verbatim in the raw message (an 8bit or 7bit part), allowing for CRLF line ends. */
function locateBody(raw, headerEnd, body) {
    const trimmed = body.replace(/\s+$/, '');
    if (trimmed === '')
        return { start: headerEnd, length: 0 };
    for (const candidate of [trimmed, trimmed.replace(/\r?\n/g, '\r\n')]) {
        const at = raw.indexOf(candidate, headerEnd);
        if (at !== -1 && raw.indexOf(candidate, at + 1) === -1)
            return { start: at, length: candidate.length };
    }
    return undefined;
}
function subjectBlock(subject, headerSection) {
    const match = /^subject:[ \t]*/im.exec(headerSection);
    const valueStart = match ? match.index + match[0].length : 0;
    const rawValue = match ? headerSection.slice(valueStart).split(/\r?\n(?![ \t])/)[0] : '';
    const verbatim = rawValue === subject;
    return {
        index: 0,
        part: 'subject',
        text: subject,
        segments: [
            {
                textStart: 0,
                sourceStart: valueStart,
                length: subject.length,
                sourceLength: verbatim ? subject.length : rawValue.length,
            },
        ],
        links: [],
    };
}
/** Only an HTML-only message needs the HTML parser, so it loads on the first one. */
async function htmlToText(html) {
    return (await import('./html-text.js')).htmlToText(html);
}
function rawHeader(headers, key) {
    return headers.find((header) => header.key === key)?.value;
}
function toAddress(address) {
    return { name: address.name ?? '', address: 'address' in address && address.address ? address.address : '' };
}
function flatten(list) {
    const out = [];
    for (const entry of list ?? []) {
        if ('group' in entry && Array.isArray(entry.group))
            out.push(...entry.group.map(toAddress));
        else
            out.push(toAddress(entry));
    }
    return out;
}
