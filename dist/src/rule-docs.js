// Where a rule's documentation is for the person reading a report: a web address stays as it is; a page shipped
// in the package (docs/rules/<id>.md) is given as its path on this machine, which terminals and editors open.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let packageRoot;
function findPackageRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = join(dir, 'package.json');
        if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'draftlint')
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return dirname(fileURLToPath(import.meta.url));
        dir = parent;
    }
}
/** draftlint's version, from the package it runs from. */
export function packageVersion() {
    packageRoot ??= findPackageRoot();
    try {
        return JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;
    }
    catch {
        return '0.0.0';
    }
}
export function ruleDocsLocation(url) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url))
        return url;
    packageRoot ??= findPackageRoot();
    return join(packageRoot, url);
}
