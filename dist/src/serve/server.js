// `draftlint serve`: the playground, a local page where a person pastes a draft and sees its problems highlighted,
// with fix buttons and the 5W2H beside it. Loopback only: the drafts never leave the machine.
import { createServer } from 'node:http';
import { extract, lint } from '../index.js';
import { InputError, UsageError } from '../input/errors.js';
import { PAGE } from './page.js';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const MAX_BODY = 1024 * 1024;
export function startPlayground(options) {
    if (!LOOPBACK.has(options.host))
        throw new UsageError(`--host ${options.host}: the playground listens on this machine only (127.0.0.1, localhost or ::1)`);
    const server = createServer((request, response) => {
        handle(request, response, options).catch((error) => send(response, 500, { error: error.message }));
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${options.port} is in use; pick another with --port`) : error));
        server.listen(options.port, options.host, () => resolve(server));
    });
}
async function handle(request, response, options) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" });
        response.end(PAGE);
        return;
    }
    if (request.method !== 'POST' || !['/api/lint', '/api/extract'].includes(url.pathname)) {
        send(response, 404, { error: 'not found' });
        return;
    }
    let body;
    try {
        body = JSON.parse(await read(request));
        if (typeof body.text !== 'string')
            throw new Error('text must be a string');
    }
    catch (error) {
        send(response, 400, { error: `bad request: ${error.message}` });
        return;
    }
    const input = { text: body.text, filename: body.filename ?? 'draft.txt' };
    try {
        if (url.pathname === '/api/lint') {
            const result = await lint(input, { now: options.now, locale: body.locale, kind: body.kind });
            send(response, 200, { kind: result.document.kind, language: result.document.language, diagnostics: result.diagnostics, source: result.source });
        }
        else {
            send(response, 200, await extract(input, { now: options.now, kind: body.kind }));
        }
    }
    catch (error) {
        if (!(error instanceof InputError || error instanceof UsageError))
            throw error;
        send(response, 422, { error: error.message });
    }
}
function read(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        request.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY)
                reject(new Error('draft over 1 MB'));
            else
                chunks.push(chunk);
        });
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}
function send(response, status, data) {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(data));
}
