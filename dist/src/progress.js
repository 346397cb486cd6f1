const ERASE_LINE = '\r\x1b[2K';
export function progressOn(stream, options = {}) {
    const { delayMs = 1000, intervalMs = 100, now = () => performance.now() } = options;
    if (!stream.isTTY)
        return { update() { }, end() { } };
    const started = now();
    let drawnAt = -Infinity;
    let drawn = false;
    return {
        update(done, total) {
            const at = now();
            if (at - started < delayMs || at - drawnAt < intervalMs || total === 0)
                return;
            drawnAt = at;
            drawn = true;
            stream.write(`${ERASE_LINE}${line(done, total, stream.columns || 80)}`);
        },
        end() {
            if (drawn)
                stream.write(ERASE_LINE);
            drawn = false;
        },
    };
}
function line(done, total, columns) {
    const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')} files`;
    const percent = `${Math.floor((done / total) * 100)}%`.padStart(4);
    const width = Math.max(0, Math.min(30, columns - counts.length - percent.length - 'draftlint  [] '.length - 1));
    const filled = Math.round((done / total) * width);
    return `draftlint ${percent} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts}`;
}
