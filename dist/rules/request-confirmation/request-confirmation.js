// request-confirmation: a meeting notice to expected attendees, or a message that asks its readers to do something,
// that gives no way to answer (請回覆確認, 報名, 扫码预约, "RSVP", a form), or says no answer is needed (无需回复,
// "no reply necessary"). An open event (a livestream, a public call, 欢迎参加) needs no list of who comes.
// Principle: two-way (溝通具有雙向性，一定要對方反饋以確認對方接受信息是否正確).
import { loadLexicon } from '../../src/analysis/lexicon/lexicon.js';
import { matchLexicon } from '../../src/analysis/lexicon/matcher.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
const CONFIRMATION_LINE = {
    en: 'Please reply to confirm you have received this.',
    'zh-Hant': '收到請回覆確認，謝謝。',
    'zh-Hans': '收到请回复确认，谢谢。',
};
export const requestConfirmation = defineRule({
    meta: {
        id: 'request-confirmation',
        category: 'completeness',
        severity: 'info',
        appliesTo: {
            kinds: 'any',
            genres: ['message', 'page'],
            languages: [...LANGUAGES],
            parts: BLOCK_PARTS.filter((part) => part !== 'quote'),
        },
        needs: ['tokens', 'audience'],
        fixable: false,
        hasSuggestions: true,
        docs: {
            description: {
                en: 'Require a meeting notice or a request to others to ask for a confirmation.',
                'zh-Hant': '會議通知或請對方做事的訊息，要請對方回覆確認。',
                'zh-Hans': '会议通知或请对方做事的消息，要请对方回复确认。',
            },
            url: 'docs/rules/request-confirmation.md',
            principle: 'two-way',
        },
        options: {},
        // On a page it needs a notice, recipients or attachments, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const { document, blocks } = context;
        const notice = document.kind === 'meeting-notice';
        // A documentation page addresses no one in particular; only a notice page is checked.
        if (!notice && document.genre !== 'message')
            return;
        const found = (group) => blocks.map((block) => ({ block, match: first(context, block, group) })).find((f) => f.match);
        const line = CONFIRMATION_LINE[document.language];
        const asks = () => found('requests') !== undefined || blocks.some((block) => commandsSomeone(context, block));
        const noReply = found('no-reply');
        if (noReply?.match && (notice || asks())) {
            const { block, match } = noReply;
            context.report({
                messageId: 'says-no-reply',
                data: { term: match.text },
                block: block.index,
                start: match.start,
                end: match.end,
                suggestions: [
                    {
                        messageId: 'replace-with-confirmation',
                        data: { line },
                        edits: [{ block: block.index, start: match.start, end: match.end, text: line.replace(/[。.]$/, '') }],
                    },
                ],
            });
            return;
        }
        if (found('acknowledgements'))
            return;
        if (!notice && blocks.some((block) => asksQuestion(block)))
            return;
        if (notice) {
            // An open event (a livestream, a public call, 欢迎参加) expects no list of who comes; a notice that greets no
            // one, is sent to no one and expects no one by role reads as one.
            // Attendees expected by role or by seat (委員, "delegates", 名額 30 人) outweigh a word of welcome.
            // "not generally open to the public", 不对外开放: an open-event word negated says the opposite.
            const open = found('open-event');
            if (!found('expected') && !(open?.match && negated(open.block.text, open.match.start))) {
                if (open)
                    return;
                const audience = context.audience();
                if (!(audience.recipients.length > 0 || audience.greeted))
                    return;
            }
        }
        else if (!asks())
            return;
        const body = blocks.filter((block) => block.part !== 'subject');
        const last = body.at(-1) ?? blocks[blocks.length - 1];
        const lastLine = last.text.replace(/\s+$/, '').lastIndexOf('\n') + 1;
        context.report({
            messageId: notice ? 'no-confirmation-notice' : 'no-confirmation',
            block: last.index,
            start: lastLine,
            end: last.text.replace(/\s+$/, '').length,
            suggestions: [
                {
                    messageId: 'add-confirmation',
                    data: { line },
                    edits: [{ block: last.index, start: lastLine, end: lastLine, text: line, insertLine: 'after' }],
                },
            ],
        });
    },
});
function negated(text, start) {
    const before = text.slice(Math.max(0, start - 30), start);
    return (/\b(?:not|never|no)\b(?:\s+\w+){0,2}\s*$/i.test(before) || /[不非未沒没](?:\p{Script=Han}){0,2}$/u.test(before));
}
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"\n]*"/g;
/** The first word of a group in a block, outside quotation marks: 应该是“请稍候” quotes a request, it makes none. */
function first(context, block, group) {
    const language = block.language === 'en' ? 'en' : 'zh';
    const entries = loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url))[group] ?? [];
    const quoted = [...block.text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length]);
    const matches = matchLexicon(entries, block.text, language, language === 'zh' ? () => context.tokens(block) : undefined);
    return matches.find((m) => !quoted.some(([start, end]) => start < m.start && m.end < end));
}
// "@konnase 记录下提交时间": a mention, then a verb with no subject, tells that person to do something. Verbs that
// state, think or thank (@bob 是的, @小王 觉得呢, @小李 辛苦了) do not.
const MENTIONS = /^(?:@[\w\p{Script=Han}.-]+[\s,，:：]*)+/u;
const NOT_COMMANDS = new Set('是 有 在 会 會 能 可以 觉得 覺得 认为 認為 感觉 感覺 知道 谢谢 謝謝 感谢 感謝 辛苦 同意 赞同 贊同 喜欢 喜歡 希望 好像 应该 應該 说 說'.split(' '));
function commandsSomeone(context, block) {
    if (block.language === 'en' || block.part === 'quote')
        return false;
    const tokens = context.tokens(block);
    for (const line of block.text.matchAll(/^.*$/gm)) {
        const mentions = MENTIONS.exec(line[0]);
        if (!mentions || /[?？]\s*$/.test(line[0]))
            continue;
        const at = line.index + mentions[0].length;
        const index = tokens.findIndex((t) => t.start >= at);
        const next = tokens[index];
        if (!next || next.start !== at || NOT_COMMANDS.has(next.text))
            continue;
        // 记录下, 看一下: a word and 下 or 一下 is a verb said as a light command, whatever jieba tags it.
        const softened = ['下', '一下'].includes(tokens[index + 1]?.text ?? '');
        if (next.tag?.startsWith('v') || (softened && /^\p{Script=Han}{2}$/u.test(next.text)))
            return true;
    }
    return false;
}
/** A question to the reader (你解释一下为什么？, "which day suits you?") asks for its own reply; "Could you …?" is a request. */
function asksQuestion(block) {
    // Each sentence is taken whole and once: a pattern that searched for the question mark from every position
    // would cost the square of a long run of text without one.
    for (const match of block.text.matchAll(/[^。！？!?\n]+[。！？!?\n]?/g)) {
        if (!/[?？]$/.test(match[0]))
            continue;
        const sentence = match[0].trim();
        const language = block.language === 'en' ? 'en' : 'zh';
        const requests = loadLexicon(new URL(`./lexicon.${language}.yaml`, import.meta.url)).requests;
        const opensWithRequest = matchLexicon(requests, sentence, language).some((m) => m.start <= 2);
        if (sentence.length > 1 && !opensWithRequest)
            return true;
    }
    return false;
}
