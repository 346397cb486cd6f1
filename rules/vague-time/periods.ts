// 下周开会, "let's meet next week": a week or a month where a reader needs a day. Only where the sentence
// arranges something (a meeting, a delivery) and names no day of its own: 我下周出差 tells, it arranges nothing.
import { simplify } from '../../src/analysis/script/han.js';
import { sentenceRange } from '../../src/analysis/sentences.js';
import { compareDates, referenceDate, type Reference } from '../../src/analysis/times/calendar.js';
import type { TimeExpression } from '../../src/analysis/times/types.js';
import type { Block } from '../../src/document/types.js';

/** Words of arranging something, in the Simplified view. */
const ARRANGING = {
  zh: /开会|会议|见面|碰面|面谈|讨论|约|聚|交|提交|完成|回复|答复|给你|给您|寄|发给|确认/,
  en: /\b(?:meet|meeting|call|sync|talk|discuss|send|submit|deliver|finish|reply|get back|review|catch up|schedule)\b/i,
};

/** The periods in `times` that stand for a day the writer has not named. */
export function periodsWithoutDay(times: TimeExpression[], blocks: Block[], reference: Reference): TimeExpression[] {
  const today = referenceDate(reference);
  return times.filter((time) => {
    // A week is meant as a day often enough to ask for it; "this month we have lots of activities" opens a
    // newsletter, not an appointment.
    if (!time.period || time.period.unit === 'month' || time.recurring || compareDates(time.period.last, today) < 0)
      return false;
    const block = blocks[time.block];
    const sentence = sentenceRange(block.text, time.start, time.end);
    const named = times.some(
      (other) =>
        other !== time &&
        other.block === time.block &&
        (other.date || other.startTime) &&
        other.start >= sentence.start &&
        other.end <= sentence.end,
    );
    if (named) return false;
    const text = block.text.slice(sentence.start, sentence.end);
    return block.language === 'en' ? ARRANGING.en.test(text) : ARRANGING.zh.test(simplify(text));
  });
}
