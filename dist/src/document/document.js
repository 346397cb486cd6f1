import { detectLanguages } from './language.js';
export function withLanguages(parsed) {
    const { blocks, document } = detectLanguages(parsed.blocks.map((block) => block.text));
    return { blocks: parsed.blocks.map((block, i) => ({ ...block, language: blocks[i] })), language: document };
}
export function kindFromFrontMatter(frontMatter) {
    const settings = frontMatter?.draftlint;
    const kind = settings && typeof settings === 'object' ? settings.kind : undefined;
    return kind === 'meeting-notice' || kind === 'other' ? kind : undefined;
}
