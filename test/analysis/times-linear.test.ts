// A hostile draft (a long run of spaces, list numbers, dashes or colons) costs what prose of the same length does:
// every pattern of the time analysis is bounded, so none is retried across the run from every position.
import { expect, it } from 'vitest';
import { extractTimes } from '../../src/index.js';

const LENGTH = 100_000;
const now = '2026-11-27T10:00:00+08:00';

function cost(text: string, language: 'zh-Hans' | 'en'): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    extractTimes(text, { now, language });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const fill = (unit: string) => unit.repeat(LENGTH / unit.length);
const notices = {
  'zh-Hans': (run: string) => `# 通知\n\n明天${run}開會\n`,
  en: (run: string) => `# Notice\n\nTomorrow${run} we meet\n`,
};
const prose = { 'zh-Hans': fill('我们一起去公园散步然后回家吃饭，'), en: fill('We walk in the park and go home. ') };

for (const language of ['zh-Hans', 'en'] as const) {
  it(`${language}: a 100k-character run costs no more than about 3× prose of that length`, () => {
    extractTimes(notices[language]('明天下午3点 tomorrow at 3pm'), { now, language });
    // A floor of 100 ms keeps a fast machine's timer noise from deciding.
    const baseline = Math.max(cost(notices[language](prose[language]), language), 100);
    for (const unit of [' ', '1.', '3-', '1:']) {
      expect(cost(notices[language](fill(unit)), language), `run of "${unit}"`).toBeLessThan(3 * baseline);
    }
  }, 60_000);
}
