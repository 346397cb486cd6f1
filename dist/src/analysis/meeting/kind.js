import { matchLexicon } from '../lexicon/matcher.js';
import { compareDates, referenceDate } from '../times/calendar.js';
import { meetingLexicon } from './places.js';
/**
 * A meeting notice names a meeting and shows two more cues: an invitation or notice word, an audience (or
 * recipients), a meeting word in the subject, an upcoming day — which counts twice with a clock time, so
 * 「明天下午三點開會」 is a notice. A Markdown page must also name an upcoming day; one that only talks about
 * meetings is not a notice: 「会议纪要模板：请在会后填写参会人和结论」.
 */
export function decideKind(input) {
    const found = (group, within) => {
        for (const block of within ?? input.blocks) {
            const language = block.language === 'en' ? 'en' : 'zh';
            const entries = [...meetingLexicon(language)[group], ...meetingLexicon(language === 'en' ? 'zh' : 'en')[group]];
            const [match] = matchLexicon(entries, block.text, language, language === 'zh' ? () => input.tokensOf(block) : undefined);
            if (match)
                return { block, text: match.text };
        }
        return undefined;
    };
    const reasons = [];
    const meeting = found('meeting-words');
    if (!meeting)
        return { kind: 'other', reasons: ['no meeting word'] };
    reasons.push(`meeting word: "${meeting.text}"`);
    let cues = 0;
    // On a page, the invitation must stand beside the meeting word: "elections will be held" far from "meeting" is no notice.
    const page = input.format === 'markdown';
    const near = input.blocks.filter((block) => Math.abs(block.index - meeting.block.index) <= 1);
    const notice = found('notice-cues', page ? near : undefined);
    if (notice) {
        cues++;
        reasons.push(`notice cue: "${notice.text}"`);
    }
    if (input.audience.group || input.audience.size > 0) {
        cues++;
        reasons.push(`audience: ${input.audience.evidence[0] ?? `${input.audience.size} recipient${input.audience.size === 1 ? '' : 's'}`}`);
    }
    const today = referenceDate(input.reference);
    // On a page, "today" and "Monday" are relative to a day nobody knows; only a written date counts there.
    const upcoming = input.times.filter((time) => !time.recurring && time.date && compareDates(time.date, today) >= 0 && (input.format !== 'markdown' || time.dayKind === 'absolute'));
    const appointment = upcoming.find((time) => time.startTime);
    if (appointment) {
        // A day with a clock time is an appointment: it counts twice.
        cues += 2;
        reasons.push(`upcoming time: "${appointment.text}"`);
    }
    else if (upcoming.length) {
        cues++;
        reasons.push(`upcoming day: "${upcoming[0].text}"`);
    }
    else if (input.format !== 'markdown') {
        // A message that sets a day and a clock time already gone is still a notice (with a wrong date); it counts once,
        // so "thanks for the meeting yesterday at 3pm" alone is not one.
        const past = input.times.find((time) => !time.recurring && time.date && time.startTime);
        if (past) {
            cues++;
            reasons.push(`past time: "${past.text}"`);
        }
    }
    if (meeting.block.part === 'subject') {
        cues++;
        reasons.push('meeting word in the subject');
    }
    // A page (Markdown) that names no upcoming day describes meetings; it does not call one.
    const kind = cues >= 2 && (input.format !== 'markdown' || upcoming.length > 0) ? 'meeting-notice' : 'other';
    return { kind, reasons };
}
