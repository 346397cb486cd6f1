export function hasExactStart(time) {
    return time.startTime !== undefined && (time.date !== undefined || time.recurring);
}
