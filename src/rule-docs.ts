// Where a rule's documentation is for the person reading a report: a web address stays as it is; a page shipped
// in the package (docs/rules/<id>.md) is given as its path on this machine, which terminals and editors open.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let packageRoot: string | undefined;

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'draftlint')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) return dirname(fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** draftlint's version, from the package it runs from. */
export function packageVersion(): string {
  packageRoot ??= findPackageRoot();
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:/i;

export function ruleDocsLocation(url: string): string {
  if (WEB_ADDRESS.test(url)) return url;
  packageRoot ??= findPackageRoot();
  return join(packageRoot, url);
}

/** The docs page as a URL, for clients that open links: a web address as it is, a shipped page as a file: URL. */
export function ruleDocsHref(url: string): string {
  const location = ruleDocsLocation(url);
  return WEB_ADDRESS.test(location) ? location : pathToFileURL(location).href;
}
