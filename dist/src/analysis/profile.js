import { kindFromFrontMatter } from '../document/document.js';
import { decideGenre } from './genre.js';
import { decideKind } from './meeting/kind.js';
export function profileDocument({ parsed, blocks, analyses, reference, documentDate, kind, }) {
    const genre = decideGenre(parsed.format, blocks, analyses.times(), parsed.filename);
    const profile = (decided) => ({
        genre,
        ...decided,
        dated: documentDate !== undefined,
        // A getter: the audience costs jieba's dictionary, which a page that is no notice should not load.
        get audience() {
            const audience = analyses.audience();
            return { group: audience.group, size: audience.size, open: genre === 'page' };
        },
    });
    const fromFrontMatter = kindFromFrontMatter(parsed.frontMatter);
    const detect = () => decideKind({
        format: parsed.format,
        filename: parsed.filename,
        frontMatter: parsed.frontMatter,
        audience: () => analyses.audience(),
        blocks,
        source: parsed.source,
        times: analyses.times(),
        reference,
        tokensOf: (block) => analyses.tokens(block),
    });
    if (kind || fromFrontMatter) {
        const set = (kind ?? fromFrontMatter);
        // Still asked, for whether the meeting stands or is one-off.
        const detected = set === 'meeting-notice' ? detect() : undefined;
        const reasons = [kind ? 'set by the kind option' : 'set in front matter (draftlint.kind)'];
        return profile({
            kind: set,
            score: 0,
            reasons,
            meeting: set === 'meeting-notice' ? (detected?.meeting ?? 'one-off') : undefined,
        });
    }
    if (genre === 'log') {
        return profile({
            kind: 'other',
            score: 0,
            reasons: ['a log of dated sections (minutes, a changelog): it records meetings, it does not call one'],
        });
    }
    const decided = detect();
    return profile(decided);
}
