// The library's extract(): parse a draft, build its document and analyses, and read its 5W2H.
import { buildDocument } from '../engine/runner.js';
import { parseInput } from '../input/parse.js';
import { toReference } from '../lint.js';
import { extractNotice } from './extract.js';
import { validateZoneOption } from './zone.js';
export async function extractFrom(input, options = {}) {
    if (options.tz !== undefined)
        validateZoneOption(options.tz);
    const { text, filename, headers } = typeof input === 'string' ? { text: input, filename: undefined, headers: undefined } : input;
    const parsed = await parseInput(text, filename, options.format, headers);
    const { document, analyses } = buildDocument(parsed, {
        now: toReference(options.now),
        kind: options.kind,
        segmenter: options.segmenter,
        vocabulary: options.vocabulary,
    });
    return { filePath: filename, ...extractNotice(document, analyses, { tz: options.tz }) };
}
