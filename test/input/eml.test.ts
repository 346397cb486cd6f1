import { describe, expect, it } from 'vitest';
import { parseEml } from '../../src/input/eml.js';
import { lint } from '../../src/index.js';

const encode = (s: string) => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));

describe('.eml input', () => {
  it('reads headers, a subject and an 8bit UTF-8 body, with positions in the message as written', async () => {
    const raw =
      'From: Li <li@example.com>\nTo: a@example.com, b@example.com\nCc: c@example.com\nSubject: 週會通知\nDate: Fri, 27 Nov 2026 09:30:00 +0800\nContent-Type: text/plain; charset=utf-8\n\n我一會兒再打給你。\n';
    const parsed = await parseEml(encode(raw), 'a.eml');
    expect(parsed.headers).toMatchObject({
      from: { name: 'Li', address: 'li@example.com' },
      subject: '週會通知',
      date: 'Fri, 27 Nov 2026 09:30:00 +0800',
    });
    expect(parsed.headers.to.map((a) => a.address)).toEqual(['a@example.com', 'b@example.com']);
    expect(parsed.writable).toBe(true);
    expect(parsed.blocks.map((b) => [b.part, b.text])).toEqual([
      ['subject', '週會通知'],
      ['paragraph', '我一會兒再打給你。'],
    ]);
    const result = await lint({ text: encode(raw), filename: 'a.eml' });
    expect(result.document.reference).toMatchObject({ source: 'date-header', offsetMinutes: 480 });
    expect(result.diagnostics.find((d) => d.ruleId === 'vague-time')).toMatchObject({ line: 8, column: 2 });
  });

  it('decodes an encoded subject and points at its header line', async () => {
    const subject = `=?UTF-8?B?${Buffer.from('稍後再議').toString('base64')}?=`;
    const raw = `From: a@example.com\nSubject: ${subject}\nContent-Type: text/plain; charset=utf-8\n\nhi\n`;
    const result = await lint({ text: encode(raw), filename: 'a.eml' }, { now: '2026-11-27T10:00:00+08:00' });
    expect(result.document.headers.subject).toBe('稍後再議');
    // An encoded word maps as a whole: the finding covers the header value.
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'vague-time',
      line: 2,
      column: 10,
      endLine: 2,
      endColumn: 10 + subject.length,
    });
  });

  it('reads the text of an HTML-only body', async () => {
    const raw =
      'From: a@example.com\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Please reply <b>ASAP</b>.</p><script>soon()</script></body></html>\n';
    const result = await lint({ text: encode(raw), filename: 'a.eml' });
    expect(result.diagnostics.map((d) => d.data?.term)).toEqual(['ASAP']);
    expect(result.document.writable).toBe(false);
  });

  it('rejects what is not a message, and an unknown charset, with a reason', async () => {
    await expect(parseEml(encode('just some text\n'), 'x.eml')).rejects.toThrow(
      'x.eml: not an email message (RFC 5322): no header fields before the body',
    );
    await expect(
      parseEml(encode('Subject: a\nContent-Type: text/plain; charset=x-unknown\n\nb\n'), 'y.eml'),
    ).rejects.toThrow('y.eml: unsupported charset "x-unknown"');
  });
});
