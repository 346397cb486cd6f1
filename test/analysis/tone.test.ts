// Tone by clause: what a clause does to a word (negation and its scope, reported speech, questions, conditions,
// rumours denied, blame the writer takes on), asserted on what findTone says about each word.
import { describe, expect, it } from 'vitest';
import type { Block, Language } from '../../src/document/types.js';
import { findTone, isWritersOwn, type ToneMatch } from '../../src/analysis/tone/tone.js';
import { tokenizeChinese } from '../../src/analysis/tokens/tokens.js';

function tone(text: string, language: Language): ToneMatch[] {
  const block: Block = { index: 0, part: 'paragraph', text, language, segments: [], links: [] } as unknown as Block;
  return findTone(block, language === 'en' ? undefined : tokenizeChinese(text));
}
const word = (matches: ToneMatch[], text: string) => {
  const found = matches.find((m) => m.text === text);
  if (!found) throw new Error(`"${text}" not found among ${matches.map((m) => m.text).join(', ')}`);
  return found;
};

describe('negation and its scope', () => {
  it('stops at the clause: 不会 negates 裁员, not 冻结招聘 after the comma', () => {
    const matches = tone('公司不会裁员，但会冻结招聘。', 'zh-Hans');
    expect(word(matches, '裁员').negated).toBe(true);
    expect(word(matches, '冻结招聘').negated).toBe(false);
  });
  it('reaches across a 把 object: 沒有把測試環境搞掛', () => {
    expect(word(tone('張偉沒有把測試環境搞掛，是機房斷電。', 'zh-Hant'), '搞掛').negated).toBe(true);
  });
  it('does not take 不得不 or 没想到 for a negator', () => {
    expect(word(tone('公司不得不裁员。', 'zh-Hans'), '裁员').negated).toBe(false);
    expect(word(tone('没想到小王又搞砸了。', 'zh-Hans'), '搞砸了').negated).toBe(false);
  });
  it('reads "Nobody is being laid off" as negated and the rumour sentence as a denial', () => {
    const matches = tone('Nobody is being laid off. The layoff rumours are simply wrong.', 'en');
    expect(matches.filter((m) => m.kind === 'bad-news').every((m) => m.negated)).toBe(true);
  });
  it('reads 並非 and "no longer" each way: "no longer maintained" is itself the news', () => {
    expect(word(tone('這次並非裁員。', 'zh-Hant'), '裁員').negated).toBe(true);
    expect(word(tone('The library is no longer maintained.', 'en'), 'no longer maintained').negated).toBe(false);
  });
});

describe('whose words', () => {
  it('reported speech is someone else\'s: 客户说, 據說, "customers told us", "wrote in that"', () => {
    expect(word(tone('客户说这个流程太离谱了。', 'zh-Hans'), '太离谱').reported).toBe(true);
    expect(word(tone('據說舊版報表太難用了。', 'zh-Hant'), '太難用').reported).toBe(true);
    expect(word(tone('Customers told us the form is a nightmare.', 'en'), 'a nightmare').reported).toBe(true);
    expect(
      word(tone('Several users wrote in that the old signup form was a nightmare.', 'en'), 'a nightmare').reported,
    ).toBe(true);
  });
  it('the writer\'s own report verb is the writer\'s voice: 我发现, "I noticed that"', () => {
    expect(word(tone('我发现流程太离谱了。', 'zh-Hans'), '太离谱').reported).toBe(false);
    expect(word(tone('I noticed that Dana was sloppy.', 'en'), 'sloppy').reported).toBe(false);
  });
  it('quoted text is reported', () => {
    expect(word(tone('One reviewer wrote "this API is absurd" yesterday.', 'en'), 'absurd').reported).toBe(true);
    expect(word(tone('客戶說「這流程太離譜了」。', 'zh-Hant'), '太離譜').reported).toBe(true);
  });
  it('blame the writer takes on is aimed at the writer', () => {
    const own = word(tone('Sorry for my sloppy handoff.', 'en'), 'sloppy');
    expect(own.atWriter).toBe(true);
    expect(isWritersOwn(own)).toBe(false);
    expect(word(tone('Bob was sloppy with the handoff.', 'en'), 'sloppy').atWriter).toBe(false);
  });
});

describe('mood', () => {
  it('a question about bad news announces nothing; a condition has not happened', () => {
    expect(isWritersOwn(word(tone('Will there be layoffs this year?', 'en'), 'layoffs'))).toBe(false);
    expect(isWritersOwn(word(tone('如果订单继续下滑，可能会裁员。', 'zh-Hans'), '裁员'))).toBe(false);
  });
  it('a genuine complaint question still counts; a rhetorical one does not', () => {
    expect(isWritersOwn(word(tone('食堂的饭菜令人失望，没人管吗？', 'zh-Hans'), '令人失望'))).toBe(true);
    expect(isWritersOwn(word(tone('誰說這流程離譜？', 'zh-Hant'), '離譜'))).toBe(false);
  });
});

describe('bad news as events', () => {
  it('weighs a layoff 2 and a reorganisation 1', () => {
    expect(word(tone('公司决定裁员。', 'zh-Hans'), '裁员').weight).toBe(2);
    expect(word(tone('We are restructuring the sales team.', 'en'), 'restructuring').weight).toBe(1);
  });
  it('reads a closure said as a verb and a place, either way round', () => {
    expect(
      tone('我们将在六月底关闭里斯本办公室。', 'zh-Hans').some(
        (m) => m.kind === 'bad-news' && m.text === '关闭里斯本办公室',
      ),
    ).toBe(true);
    expect(
      tone('Our Lisbon office will close in June.', 'en').some(
        (m) => m.kind === 'bad-news' && m.text === 'office will close',
      ),
    ).toBe(true);
  });
});
