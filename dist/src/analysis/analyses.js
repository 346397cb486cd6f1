import { EMPTY_VOCABULARY } from '../config/vocabulary.js';
import { extractBlockTimes } from './times/extract.js';
import { applyYearContext } from './times/year-context.js';
import { tokenizeChinese, tokenizeEnglish } from './tokens/tokens.js';
import { analyseAudience } from './audience/audience.js';
import { findPeople } from './people/people.js';
import { findTone } from './tone/tone.js';
/** Analyses of one document, each computed on first use and kept. */
export class Analyses {
    blocks;
    reference;
    headers;
    documentDate;
    segmenter;
    vocabulary;
    timesCache;
    audienceCache;
    peopleCache;
    tokensCache = new Map();
    toneCache = new Map();
    constructor(blocks, reference, headers, documentDate, segmenter = 'node-rs', 
    /** The team's own people, places, groups and accepted phrases. */
    vocabulary = EMPTY_VOCABULARY) {
        this.blocks = blocks;
        this.reference = reference;
        this.headers = headers;
        this.documentDate = documentDate;
        this.segmenter = segmenter;
        this.vocabulary = vocabulary;
    }
    times() {
        this.timesCache ??= applyYearContext(this.blocks.flatMap((block) => extractBlockTimes(block.text, block.language, this.reference, block.index, block.links)), this.documentDate, new Set(this.blocks.filter((block) => block.part === 'heading').map((block) => block.index)));
        return this.timesCache;
    }
    tokens(block) {
        let tokens = this.tokensCache.get(block.index);
        if (!tokens) {
            tokens = block.language === 'en' ? tokenizeEnglish(block.text) : tokenizeChinese(block.text, this.segmenter);
            this.tokensCache.set(block.index, tokens);
        }
        return tokens;
    }
    /** Chinese blocks need jieba's word boundaries, asked for only when a word list has a candidate; English ones need none. */
    matchTokens(block) {
        return block.language === 'en' ? undefined : () => this.tokens(block);
    }
    audience() {
        this.audienceCache ??= analyseAudience(this.headers, this.blocks, (block) => this.tokens(block), this.vocabulary.groups);
        return this.audienceCache;
    }
    people() {
        const colleagues = this.vocabulary.people.flatMap((person) => person.names);
        this.peopleCache ??= findPeople(this.blocks, this.audience().recipients, (block) => this.tokens(block), colleagues);
        return this.peopleCache;
    }
    /** Three rules read the tone of the same blocks, usually with the same (default) word options: computed once each. */
    tone(block, words) {
        // Empty word lists change nothing, so { extra: { complaint: [] } } and { extra: { blame: [] } } share an entry.
        const extra = Object.entries(words?.extra ?? {}).filter(([, list]) => list?.length);
        const key = `${block.index}|${JSON.stringify(extra)}|${JSON.stringify(words?.remove?.length ? words.remove : [])}`;
        let matches = this.toneCache.get(key);
        if (!matches) {
            matches = findTone(block, this.matchTokens(block), words);
            this.toneCache.set(key, matches);
        }
        return matches;
    }
}
