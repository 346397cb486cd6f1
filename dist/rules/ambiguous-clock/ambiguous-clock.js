// ambiguous-clock: a 12-hour time with nothing saying which half of the day (3點開會, "at 3", 明天9:30) in a draft
// that gives no sign of its clock either: no 24-hour time elsewhere (15:00, 09:30), no UTC, no part of the day
// in the sentence. Suggestions add the half of the day, the likelier one first.
// Principle: confirm-exact-time (要向對方確認幾點幾分到).
import { simplify } from '../../src/analysis/script/han.js';
import { isoTime } from '../../src/analysis/times/calendar.js';
import { sentenceRange } from '../../src/analysis/sentences.js';
import { zhNumber } from '../../src/analysis/times/zh-parsers.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { CLOCK, PART_OF_DAY, TWENTY_FOUR_HOUR, TWENTY_FOUR_HOUR_ZONE } from './cues.js';
import { messages } from './messages.js';
export const ambiguousClock = defineRule({
    meta: {
        id: 'ambiguous-clock',
        category: 'time',
        severity: 'warning',
        appliesTo: { kinds: 'any', genres: ['message'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
        needs: ['times'],
        fixable: false,
        hasSuggestions: true,
        docs: {
            description: {
                en: 'Require a 12-hour time to say morning or afternoon when nothing else in the draft does.',
                'zh-Hant': '12小時制的時間要寫明上午或下午，除非文中已看得出來。',
                'zh-Hans': '12小时制的时间要写明上午或下午，除非文中已看得出来。',
            },
            url: 'docs/rules/ambiguous-clock.md',
            principle: 'confirm-exact-time',
        },
        options: {},
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        const times = context.times();
        // A writer who counts to 24 anywhere in the draft writes 9:30 for the morning and 21:30 for the evening.
        if (times.some((time) => TWENTY_FOUR_HOUR.test(time.text) || (time.timezone && TWENTY_FOUR_HOUR_ZONE.test(time.timezone.text))))
            return;
        for (const time of times) {
            const hour = time.startTime?.hour;
            if (hour === undefined || hour < 1 || hour > 11 || time.halfOfDay !== 'unwritten')
                continue;
            const block = context.document.blocks[time.block];
            const sentence = sentenceRange(block.text, time.start, time.end);
            if (PART_OF_DAY.test(simplify(block.text.slice(sentence.start, sentence.end))))
                continue;
            const clock = clockIn(time, block);
            if (!clock)
                continue;
            const minute = time.startTime?.minute ?? 0;
            const morning = { type: 'localized', value: reading(hour, minute, 'morning') };
            const evening = { type: 'localized', value: reading(hour + 12, minute, 'evening') };
            const edits = { morning: withHalf(block, clock, hour, 'morning'), evening: withHalf(block, clock, hour, 'evening') };
            const afternoonFirst = hour <= 6;
            const suggestions = [
                { messageId: 'add-am', data: { morning }, edits: [edits.morning] },
                { messageId: 'add-pm', data: { evening }, edits: [edits.evening] },
            ];
            if (afternoonFirst)
                suggestions.reverse();
            const likely = afternoonFirst ? edits.evening : edits.morning;
            context.report({
                messageId: 'ambiguous-clock',
                data: { written: clock.text, morning, evening, suggested: block.language === 'en' ? likely.text : likely.text + clock.text },
                block: time.block,
                start: clock.start,
                end: clock.end,
                suggestions,
            });
        }
    },
});
/** The clock digits whose hour is the start time's: 3點 in 明天3點, "3" in "at 3 tomorrow". */
function clockIn(time, block) {
    const view = block.language === 'en' ? time.text : simplify(time.text);
    const pattern = new RegExp(block.language === 'en' ? CLOCK.en : CLOCK.zh, 'gi');
    for (const match of view.matchAll(pattern)) {
        if (zhNumber(match[1]) !== time.startTime?.hour)
            continue;
        const start = time.start + (match.index ?? 0);
        return { start, end: start + match[0].length, text: block.text.slice(start, start + match[0].length) };
    }
    return undefined;
}
/** 凌晨 and 下午 for 1–5 o'clock, 上午 and 晚上 for 6–11. */
function halfWord(hour, half) {
    if (half === 'morning')
        return hour <= 5 ? '凌晨' : '上午';
    return hour <= 5 ? '下午' : '晚上';
}
function withHalf(block, clock, hour, half) {
    // "10 o'clock" becomes "10 AM".
    if (block.language === 'en')
        return { block: block.index, start: clock.start, end: clock.end, text: `${clock.text.replace(/\s*o'clock/i, '')} ${half === 'morning' ? 'AM' : 'PM'}` };
    return { block: block.index, start: clock.start, end: clock.start, text: halfWord(hour, half) };
}
function reading(hour, minute, half) {
    const hhmm = isoTime({ hour, minute });
    const twelve = hour % 12;
    const zh = (dot) => `${halfWord(twelve, half)}${twelve}${dot}${minute ? `${minute}分` : ''}（${hhmm}）`;
    return { en: hhmm, 'zh-Hant': zh('點'), 'zh-Hans': zh('点') };
}
