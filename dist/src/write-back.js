// Writing a fixed draft back as an editor would: the same file (its links, mode, owner, BOM), never half a file.
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { access, lstat, open, readFile, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { InputError } from './input/errors.js';
const BOM = '\uFEFF';
/**
 * Writes `text` over `path`, which held `original` when it was read. A symbolic link is written through when its
 * target lies inside one of `within` (the folders being checked) and refused otherwise. A file nobody may write is
 * left unchanged. A file with other hard links, or one owned by someone the new file could not be given to, is
 * rewritten in place (a new file would split the link or change the owner); any other file goes through a temporary
 * file beside it, with an unpredictable name opened exclusively, renamed over it: a reader, or a run killed
 * half-way, sees the old file or the new one.
 */
export async function writeBack(path, text, original, label, within) {
    const target = await writableTarget(path, label, within);
    const current = await readFile(target);
    if (!current.equals(original))
        throw new InputError('changed on disk while it was checked; fixes not written', label);
    const hadBom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
    const bytes = Buffer.from(hadBom && !text.startsWith(BOM) ? BOM + text : text, 'utf8');
    const info = await lstat(target);
    try {
        if (info.nlink > 1 || !(await canGiveTo(info.uid, info.gid)))
            await overwriteInPlace(target, bytes);
        else
            await replaceAtomically(target, bytes, info.mode & 0o7777, info.uid, info.gid);
    }
    catch (error) {
        throw new InputError(`fixes not written (${error.code ?? error.message})`, label);
    }
}
async function writableTarget(path, label, within) {
    const link = await lstat(path);
    let target = path;
    if (link.isSymbolicLink()) {
        target = await realpath(path);
        const roots = await Promise.all(within.map((root) => realpath(root).catch(() => root)));
        if (!roots.some((root) => isInside(target, root)))
            throw new InputError('a symbolic link to a file outside the checked folders: left unchanged', label);
    }
    const info = await lstat(target);
    // Even where the user could (root), a file marked read-only for everyone is not rewritten.
    const writable = (info.mode & 0o222) !== 0 &&
        (await access(target, constants.W_OK).then(() => true, () => false));
    if (!writable)
        throw new InputError('not writable: left unchanged', label);
    return target;
}
function isInside(path, root) {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
/** Whether a new file can be given this owner and group (root can; anyone can keep their own). */
async function canGiveTo(uid, gid) {
    if (!process.getuid || !process.getgid)
        return true;
    if (process.getuid() === 0)
        return true;
    return uid === process.getuid() && (gid === process.getgid() || (process.getgroups?.() ?? []).includes(gid));
}
async function overwriteInPlace(target, bytes) {
    const handle = await open(target, 'r+');
    try {
        await handle.write(bytes, 0, bytes.length, 0);
        await handle.truncate(bytes.length);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function replaceAtomically(target, bytes, mode, uid, gid) {
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(12).toString('hex')}.draftlint.tmp`);
    const release = holdTemporary(temporary);
    try {
        // O_EXCL: never through a file or link someone placed at that name; 0600 until it holds the file's own mode.
        const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
        try {
            await handle.writeFile(bytes);
            if (process.getuid?.() === 0)
                await handle.chown(uid, gid);
            await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(temporary, target);
    }
    catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
    finally {
        release();
    }
}
// Temporary files being written, removed if the process is stopped (Ctrl+C, a hook's timeout) before they are renamed.
const pending = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function removePending() {
    for (const file of pending) {
        try {
            unlinkSync(file);
        }
        catch {
            // already renamed or removed
        }
    }
    pending.clear();
}
function onSignal(signal) {
    removePending();
    for (const s of SIGNALS)
        process.removeListener(s, onSignal);
    process.removeListener('exit', removePending);
    // Die of the signal, as without this handler.
    process.kill(process.pid, signal);
}
function holdTemporary(file) {
    if (pending.size === 0) {
        for (const s of SIGNALS)
            process.on(s, onSignal);
        process.on('exit', removePending);
    }
    pending.add(file);
    return () => {
        pending.delete(file);
        if (pending.size === 0) {
            for (const s of SIGNALS)
                process.removeListener(s, onSignal);
            process.removeListener('exit', removePending);
        }
    };
}
