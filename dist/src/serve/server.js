// `draftlint serve`: the playground, a local page where a person pastes a draft and sees its problems highlighted,
// with fix buttons and the 5W2H beside it. Loopback only: the drafts never leave the machine. It answers its own
// page only: a Host header naming this loopback address and port (a DNS-rebinding page names its own), API calls as
// application/json (a cross-site form or a simple fetch cannot send that) from no Origin or this one.
import { createServer } from 'node:http';
import { InputError, UsageError } from '../input/errors.js';
import { LANGUAGES } from '../document/types.js';
import { CheckFailure, DEFAULT_MAX_FILE_TIME, TimeBudgetError } from '../budget/pool.js';
import { PAGE } from './page.js';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const MAX_BODY = 1024 * 1024;
const KINDS = ['meeting-notice', 'other'];
class BadRequest extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
export function startPlayground(options) {
    if (!LOOPBACK.has(options.host))
        throw new UsageError(`--host ${options.host}: the playground listens on this machine only (127.0.0.1, localhost or ::1)`);
    const server = createServer((request, response) => {
        handle(request, response, options, server).catch((error) => {
            if (error instanceof BadRequest)
                send(response, error.status, { error: error.message });
            else
                send(response, 500, { error: 'internal error; please report it with the draft' });
        });
    });
    // A client that sends its request slowly, or never finishes it, is not waited for.
    server.requestTimeout = 30_000;
    server.headersTimeout = 10_000;
    return new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE'
            ? new UsageError(`port ${options.port} is in use; pick another with --port`)
            : error));
        server.listen(options.port, options.host, () => resolve(server));
    });
}
async function handle(request, response, options, server) {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    if (!ownHost(request.headers.host, port))
        throw new BadRequest(421, `this server answers only http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/') {
        response.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors 'none'",
            'x-frame-options': 'DENY',
        });
        response.end(PAGE);
        return;
    }
    if (request.method !== 'POST' || !['/api/lint', '/api/extract'].includes(url.pathname)) {
        send(response, 404, { error: 'not found' });
        return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${request.headers.host}`)
        throw new BadRequest(403, 'cross-origin requests are not answered');
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
        throw new BadRequest(415, 'send the draft as application/json');
    const body = parseRequest(await read(request));
    const input = { text: body.text, filename: body.filename ?? 'draft.txt' };
    const seconds = options.maxFileTime ?? DEFAULT_MAX_FILE_TIME;
    try {
        if (url.pathname === '/api/lint') {
            const lintOptions = { now: options.now, locale: body.locale, kind: body.kind, maxFileTime: seconds };
            const result = await options.draftlint.lintText(input, lintOptions);
            send(response, 200, {
                kind: result.document.kind,
                language: result.document.language,
                diagnostics: result.diagnostics,
                source: result.source,
            });
        }
        else {
            const extractOptions = { now: options.now, kind: body.kind, maxFileTime: seconds };
            send(response, 200, await options.draftlint.extract(input, extractOptions));
        }
    }
    catch (error) {
        if (error instanceof TimeBudgetError)
            throw new BadRequest(422, error.reason);
        if (error instanceof InputError || error instanceof UsageError)
            throw new BadRequest(422, error.message);
        if (error instanceof CheckFailure)
            throw new BadRequest(422, error.reason);
        throw error;
    }
}
/** Whether the Host header names this server: a loopback name and the port it listens on. */
function ownHost(host, port) {
    if (!host)
        return false;
    const match = /^(\[::1\]|127\.0\.0\.1|localhost):(\d+)$/i.exec(host);
    return match !== null && Number(match[2]) === port;
}
/** The request body as a draft and its settings; anything else is a 400 with the reason. */
function parseRequest(raw) {
    let body;
    try {
        body = JSON.parse(raw);
    }
    catch (error) {
        throw new BadRequest(400, `bad request: ${error.message}`);
    }
    const fail = (why) => {
        throw new BadRequest(400, `bad request: ${why}`);
    };
    if (!body || typeof body !== 'object' || Array.isArray(body))
        fail('send an object with text');
    const { text, filename, locale, kind } = body;
    if (typeof text !== 'string')
        fail('text must be a string');
    if (filename !== undefined && (typeof filename !== 'string' || filename.length > 255))
        fail('filename must be a file name');
    if (locale !== undefined && !LANGUAGES.includes(locale))
        fail(`locale must be one of ${LANGUAGES.join(', ')}`);
    if (kind !== undefined && !KINDS.includes(kind))
        fail(`kind must be one of ${KINDS.join(', ')}`);
    return {
        text: text,
        filename: filename,
        locale: locale,
        kind: kind,
    };
}
function read(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        request.on('data', (chunk) => {
            size += chunk.length;
            if (size <= MAX_BODY)
                chunks.push(chunk);
            else {
                reject(new BadRequest(413, 'draft over 1 MB'));
                // The rest is read and dropped, so the answer can be sent; requestTimeout ends an endless upload.
                request.removeAllListeners('data');
                request.resume();
            }
        });
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}
function send(response, status, data) {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(data));
}
