// Which files a run checks: files, directories and globs named by the user, minus what .gitignore and
// .draftlintignore exclude. Ignore files count from the repository's root down, as git reads them, so that
// `draftlint check docs/` and `draftlint check docs/a.md` honour a pattern in the root's .gitignore.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { EXTENSIONS } from './input/parse.js';
const IGNORE_FILES = ['.gitignore', '.draftlintignore'];
// Never descended into: version control and installed packages hold no drafts of the user's.
export const NEVER = ['**/node_modules/**', '**/.git/**'];
const NEVER_FOLDERS = new Set(['node_modules']);
const isDraft = (name) => extname(name).toLowerCase() in EXTENSIONS;
// The ignore-file reader loads for the first ignore file found, the glob library for the first glob.
const require = createRequire(import.meta.url);
const newIgnore = () => require('ignore')();
/** The ignore rules of the folders from the repository root (or the folder itself) down to each folder. */
class IgnoreRules {
    root;
    perFolder = new Map();
    constructor(root) {
        this.root = root;
    }
    static for(folder) {
        let dir = resolve(folder);
        for (;;) {
            if (existsSync(join(dir, '.git')))
                return new IgnoreRules(dir);
            const parent = dirname(dir);
            if (parent === dir)
                return new IgnoreRules(resolve(folder));
            dir = parent;
        }
    }
    rulesOf(folder) {
        let rules = this.perFolder.get(folder);
        if (rules === undefined) {
            const patterns = IGNORE_FILES.map((name) => join(folder, name))
                .filter((path) => existsSync(path))
                .map((path) => readFileSync(path, 'utf8'));
            // add() splits a string into lines; an array would be taken as one pattern per item.
            rules = patterns.length ? patterns.reduce((all, text) => all.add(text), newIgnore()) : null;
            this.perFolder.set(folder, rules);
        }
        return rules;
    }
    /** Whether a file or folder (absolute path) is excluded by an ignore file in any folder between the root and it. */
    ignores(file, isFolder = false) {
        const path = relative(this.root, file);
        if (path.startsWith('..'))
            return false;
        const parts = path.split(sep);
        let excluded = false;
        for (let depth = 0; depth < parts.length; depth++) {
            const folder = join(this.root, ...parts.slice(0, depth));
            const rules = this.rulesOf(folder);
            if (!rules)
                continue;
            const result = rules.test(parts.slice(depth).join('/') + (isFolder ? '/' : ''));
            if (result.ignored)
                excluded = true;
            else if (result.unignored)
                excluded = false;
        }
        return excluded;
    }
}
/**
 * The drafts in a folder, without descending into ignored folders, hidden ones or node_modules. Links to folders
 * are not followed (a loop, or a tree outside this one); a link to a file is checked, and a broken link reported.
 */
async function walkFolder(label, folder, rules, errors) {
    const found = [];
    const pending = [''];
    while (pending.length) {
        const within = pending.pop();
        const entries = await readdir(join(folder, within), { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const path = join(within, entry.name);
            const absolute = join(folder, path);
            if (entry.isDirectory()) {
                if (!NEVER_FOLDERS.has(entry.name) && !rules.ignores(absolute, true))
                    pending.push(path);
            }
            else if (isDraft(entry.name) && !rules.ignores(absolute)) {
                if (entry.isFile()) {
                    found.push(join(label, path));
                }
                else if (entry.isSymbolicLink()) {
                    const target = await stat(absolute).catch((error) => error);
                    if (target instanceof Error) {
                        errors.push({
                            filePath: join(label, path),
                            reason: target.code === 'ELOOP' ? 'a loop of symbolic links' : 'a broken symbolic link',
                        });
                    }
                    else if (target.isFile()) {
                        found.push(join(label, path));
                    }
                }
            }
        }
    }
    return found.sort();
}
/** Files, directories (their drafts, minding ignore files) and globs, in a stable order; what cannot be found is an error. */
export async function expandPaths(patterns, cwd = process.cwd()) {
    const files = new Set();
    const errors = [];
    const ignored = [];
    const rulesByFolder = new Map();
    const rulesFor = (folder) => {
        let rules = rulesByFolder.get(folder);
        if (!rules)
            rulesByFolder.set(folder, (rules = IgnoreRules.for(folder)));
        return rules;
    };
    for (const pattern of patterns) {
        const absolute = resolve(cwd, pattern);
        const info = await stat(absolute).catch(() => undefined);
        if (info?.isDirectory()) {
            for (const path of await walkFolder(pattern, absolute, rulesFor(absolute), errors))
                files.add(path);
        }
        else if (info) {
            if (rulesFor(dirname(absolute)).ignores(absolute))
                ignored.push(pattern);
            else
                files.add(pattern);
        }
        else if ((await import('tinyglobby')).isDynamicPattern(pattern)) {
            const { glob } = await import('tinyglobby');
            const rules = rulesFor(cwd);
            const found = (await glob(pattern, { cwd, ignore: NEVER })).filter((file) => !rules.ignores(resolve(cwd, file)));
            if (found.length === 0)
                errors.push({ filePath: pattern, reason: 'no files match this pattern' });
            for (const file of found.sort())
                files.add(file);
        }
        else {
            errors.push({ filePath: pattern, reason: 'no such file or directory' });
        }
    }
    // One order whatever the order of the arguments, so runs and reports compare.
    return { files: [...files].sort(), errors, ignored };
}
