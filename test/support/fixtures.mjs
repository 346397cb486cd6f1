// How the fixture drafts are checked: text and Markdown at a fixed time, email at its own Date header.
export const NOW = '2026-11-27T10:00:00+08:00';

export function fixtureArgs(path) {
  return [path, '--format', 'json', ...(path.endsWith('.eml') ? [] : ['--now', NOW])];
}
