// past-date: a meeting notice whose meeting day is already past on the reference day (--now, the Date header, or
// the clock) — most often last year's notice copied, or a year mistyped in January.
// Principle: 5w2h-when (a notice must carry a start time the reader can trust).
import { compareDates, referenceDate } from '../../src/analysis/times/calendar.js';
import { BLOCK_PARTS, LANGUAGES } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';
export const pastDate = defineRule({
    meta: {
        id: 'past-date',
        category: 'time',
        severity: 'warning',
        appliesTo: { kinds: ['meeting-notice'], languages: [...LANGUAGES], parts: [...BLOCK_PARTS] },
        needs: ['times'],
        fixable: false,
        hasSuggestions: false,
        docs: {
            description: {
                en: 'Flag a meeting notice whose meeting day is already past.',
                'zh-Hant': '會議通知裡的會議日期不能已經過去。',
                'zh-Hans': '会议通知里的会议日期不能已经过去。',
            },
            url: 'docs/rules/past-date.md',
            principle: '5w2h-when',
        },
        options: {},
        // On a page it needs a notice, which the engine looks for itself.
        pageTriggers: () => false,
        messages,
    },
    check(context) {
        // A standing meeting's page gives the day its series began ("Tuesdays (starting September 10th 2024)",
        // 2023年3月起每周二): a past day there is history, not a notice gone stale.
        if (context.document.profile.meeting === 'standing')
            return;
        const today = referenceDate(context.document.reference);
        const dated = context
            .times()
            // A deadline ("propose by September 30, 23:59") is the last day for something, not the meeting's day.
            .filter((time) => time.date &&
            !time.recurring &&
            !time.deadline &&
            time.dayKind !== 'weekday' &&
            !startsASeries(context.blocks[time.block].text, time.start, time.end) &&
            !endsSomething(context.blocks[time.block].text, time.start, time.end));
        // The meeting is the first day given with a start time, else the first day: earlier dates in the notice
        // (上次會議, "last time") are history, not the meeting.
        const meeting = dated.find((time) => time.startTime) ?? dated[0];
        if (!meeting?.date || compareDates(meeting.date, today) >= 0)
            return;
        context.report({
            messageId: 'date-in-past',
            data: { date: { type: 'date', value: meeting.date }, today: { type: 'date', value: today } },
            block: meeting.block,
            start: meeting.start,
            end: meeting.end,
        });
    },
});
/** "submit it by September 30, 23:59", 「12月1日前报名」: the last day for something, not a meeting day. */
function endsSomething(text, start, end) {
    const before = text.slice(Math.max(0, start - 16), start);
    return (/\b(?:by|before|until|no later than|due(?: on)?|deadline:?)\s*$/i.test(before) ||
        /^\s*(?:前|之前|以前|截止)/.test(text.slice(end, end + 4)));
}
/** "starting September 10th 2024", "since 2023-01-05", 2023年3月6日起每周一: the first day of a series, not a meeting day. */
function startsASeries(text, start, end) {
    const before = text.slice(Math.max(0, start - 12), start);
    return (/\b(?:starting|started|beginning|since)\s*(?:on\s*)?$/i.test(before) ||
        /[日号號]\s*(?:起|开始|開始)/.test(text.slice(start, end + 3)));
}
