// ambiguous-clock: a 12-hour time with nothing saying which half of the day (3點開會, "at 3", 明天9:30) in a draft
// that gives no sign of its clock either: no 24-hour time elsewhere (15:00, 09:30), no UTC, no part of the day
// in the sentence. Suggestions add the half of the day, the likelier one first.
// Principle: confirm-exact-time (要向對方確認幾點幾分到).
import { isoTime } from '../../src/analysis/times/calendar.js';
import { clockDoubt, type ClockDoubt } from '../../src/analysis/times/clock-doubt.js';
import { BLOCK_PARTS, LANGUAGES, type Block } from '../../src/document/types.js';
import { defineRule, type SuggestionReport } from '../../src/engine/rule.js';
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
    for (const time of times) {
      const doubt = clockDoubt(time, times, context.document.blocks);
      if (!doubt) continue;
      const block = context.document.blocks[time.block];
      const { clock, morning: am, evening: pm } = doubt;
      const morning = { type: 'localized' as const, value: reading(am.hour, am.minute, 'morning') };
      const evening = { type: 'localized' as const, value: reading(pm.hour, pm.minute, 'evening') };
      const edits = {
        morning: withHalf(block, clock, am.hour, 'morning'),
        evening: withHalf(block, clock, am.hour, 'evening'),
      };
      const suggestions: SuggestionReport<'add-am' | 'add-pm'>[] = [
        { messageId: 'add-am', data: { morning }, edits: [edits.morning] },
        { messageId: 'add-pm', data: { evening }, edits: [edits.evening] },
      ];
      if (doubt.likely === 'evening') suggestions.reverse();
      const likely = edits[doubt.likely];
      context.report({
        messageId: 'ambiguous-clock',
        data: {
          written: clock.text,
          morning,
          evening,
          suggested: block.language === 'en' ? likely.text : likely.text + clock.text,
        },
        block: time.block,
        start: clock.start,
        end: clock.end,
        suggestions,
      });
    }
  },
});

type Clock = ClockDoubt['clock'];

/** 凌晨 and 下午 for 1–5 o'clock, 上午 and 晚上 for 6–11. */
function halfWord(hour: number, half: 'morning' | 'evening'): string {
  if (half === 'morning') return hour <= 5 ? '凌晨' : '上午';
  return hour <= 5 ? '下午' : '晚上';
}

function withHalf(block: Block, clock: Clock, hour: number, half: 'morning' | 'evening') {
  // "10 o'clock" becomes "10 AM".
  if (block.language === 'en')
    return {
      block: block.index,
      start: clock.start,
      end: clock.end,
      text: `${clock.text.replace(/\s*o'clock/i, '')} ${half === 'morning' ? 'AM' : 'PM'}`,
    };
  return { block: block.index, start: clock.start, end: clock.start, text: halfWord(hour, half) };
}

function reading(
  hour: number,
  minute: number,
  half: 'morning' | 'evening',
): Record<'en' | 'zh-Hant' | 'zh-Hans', string> {
  const hhmm = isoTime({ hour, minute });
  const twelve = hour % 12;
  const zh = (dot: string) => `${halfWord(twelve, half)}${twelve}${dot}${minute ? `${minute}分` : ''}（${hhmm}）`;
  return { en: hhmm, 'zh-Hant': zh('點'), 'zh-Hans': zh('点') };
}
