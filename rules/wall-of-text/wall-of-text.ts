// wall-of-text: a sentence or a paragraph too long for a message; a reader skims a message, so the points should
// stand as bullets or a table. Lengths are counted in Han characters for Chinese and words for English.
// Principle: short-phrases (能用短語的絕不用句子).
import { LANGUAGES, type Block } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { messages } from './messages.js';

const ZH_SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]?/g;
const EN_SENTENCE = /[^.!?;\n]+(?:[.!?;]+|$)/g;
const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export const wallOfText = defineRule({
  meta: {
    id: 'wall-of-text',
    category: 'tone',
    severity: 'info',
    appliesTo: {
      kinds: 'any',
      genres: ['message'],
      languages: [...LANGUAGES],
      parts: ['paragraph', 'list-item', 'quote'],
    },
    needs: [],
    fixable: false,
    hasSuggestions: false,
    docs: {
      description: {
        en: 'Flag sentences and paragraphs too long for a message; use short phrases, bullets or a table.',
        'zh-Hant': '訊息裡的句子和段落不要太長；能用短語就不用句子，能條列就不用段落。',
        'zh-Hans': '消息里的句子和段落不要太长；能用短语就不用句子，能分条就不用段落。',
      },
      url: 'docs/rules/wall-of-text.md',
      principle: 'short-phrases',
    },
    options: {
      sentenceChars: {
        type: 'number',
        default: 80,
        minimum: 1,
        integer: true,
        description: 'Longest Chinese sentence, in Han characters.',
      },
      paragraphChars: {
        type: 'number',
        default: 250,
        minimum: 1,
        integer: true,
        description: 'Longest Chinese paragraph, in Han characters.',
      },
      sentenceWords: {
        type: 'number',
        default: 45,
        minimum: 1,
        integer: true,
        description: 'Longest English sentence, in words.',
      },
      paragraphWords: {
        type: 'number',
        default: 150,
        minimum: 1,
        integer: true,
        description: 'Longest English paragraph, in words.',
      },
    },
    pageTriggers: () => false,
    messages,
  },

  check(context) {
    const { sentenceChars, paragraphChars, sentenceWords, paragraphWords } = context.options;
    for (const block of context.blocks) {
      const chinese = block.language !== 'en';
      const measure = (text: string) => (chinese ? (text.match(HAN)?.length ?? 0) : (text.match(WORD)?.length ?? 0));
      const paragraphLimit = chinese ? paragraphChars : paragraphWords;
      const length = measure(block.text);
      if (block.part === 'paragraph' && length > paragraphLimit) {
        report(block, 'long-paragraph', 0, firstLineEnd(block), length, paragraphLimit);
        continue;
      }
      const sentenceLimit = chinese ? sentenceChars : sentenceWords;
      for (const match of block.text.matchAll(chinese ? ZH_SENTENCE : EN_SENTENCE)) {
        const size = measure(match[0]);
        if (size > sentenceLimit)
          report(block, 'long-sentence', match.index, match.index + match[0].trimEnd().length, size, sentenceLimit);
      }
    }

    function report(
      block: Block,
      messageId: keyof typeof messages,
      start: number,
      end: number,
      length: number,
      limit: number,
    ) {
      context.report({ messageId, data: { length, limit }, block: block.index, start, end });
    }
  },
});

function firstLineEnd(block: Block): number {
  const newline = block.text.indexOf('\n');
  return newline === -1 ? block.text.length : newline;
}
