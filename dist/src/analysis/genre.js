const DATED_SECTIONS_FOR_LOG = 3;
export function decideGenre(format, blocks, times) {
    if (format !== 'markdown')
        return 'message';
    const datedHeadings = blocks.filter((block) => block.part === 'heading' && times.some((time) => time.block === block.index && time.date && time.start <= 4)).length;
    return datedHeadings >= DATED_SECTIONS_FOR_LOG ? 'log' : 'page';
}
