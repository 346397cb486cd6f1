// draftlint extract: a notice's 5W2H as data, the zone its times are in, and the iCalendar invite, read back by an
// independent parser (ical.js).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { extract, toICalendar, IncompleteNoticeError } from '../src/index.js';
import { eml } from './support/drafts.js';

const now = '2026-11-27T10:00:00+08:00';
const root = new URL('../', import.meta.url).pathname;

const taipei = [
  '各位同仁：',
  '',
  '主題：第四季檢討會議',
  '目的：確認明年預算',
  '時間：2026年12月16日（星期三）上午9:00至10:30',
  '地點：行政大樓301會議室',
  '主持人：王經理',
  '聯絡人：李小姐（分機 1234）',
  '費用：免費',
  '',
  '請攜帶筆電，收到請回覆。',
].join('\n');

function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [join(root, 'bin/draftlint.js'), ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

describe('extract', () => {
  it('reads every element of a labelled notice, with the text it came from', async () => {
    const result = await extract({ text: taipei, filename: 'notice.txt' }, { now, tz: 'Asia/Taipei' });
    expect(result).toMatchObject({
      kind: 'meeting-notice',
      language: 'zh-Hant',
      what: { value: '第四季檢討會議', source: 'label', span: { line: 3, column: 4, endLine: 3, endColumn: 11 } },
      why: { value: '確認明年預算', source: 'label' },
      who: {
        organizer: { value: '王經理', source: 'label' },
        contact: { value: '李小姐（分機 1234）' },
        attendees: [],
      },
      when: {
        start: '2026-12-16T09:00:00+08:00',
        end: '2026-12-16T10:30:00+08:00',
        timezone: { name: 'Asia/Taipei', offset: '+08:00', source: 'option' },
        span: { line: 5, column: 4 },
      },
      where: { place: { value: '行政大樓301會議室', span: { line: 6, column: 4 } } },
      how: { value: '請攜帶筆電，收到請回覆。', source: 'sentence' },
      howMuch: { duration: { minutes: 90, source: 'computed' }, cost: { value: '免費', source: 'label' } },
      missing: [],
    });
  });

  it('takes who from the headers of a mail, and what from its subject; names what is missing', async () => {
    const result = await extract(
      eml(
        ['Alex <alex@example.com>', 'bo@example.com'],
        'Hi both,\n\nLet us meet on December 9, 2026 at 15:00 to review the budget.',
        'Budget review',
      ),
    );
    expect(result.what).toMatchObject({ value: 'Budget review', source: 'subject' });
    expect(result.who.organizer).toMatchObject({ value: 'Writer', address: 'writer@example.com', source: 'header' });
    expect(result.who.attendees.map((person) => person.address)).toEqual(['alex@example.com', 'bo@example.com']);
    expect(result.when).toMatchObject({
      start: '2026-12-09T15:00:00+08:00',
      timezone: { source: 'date-header', offset: '+08:00' },
    });
    expect(result.missing).toEqual(['where', 'how', 'how-much']);
  });

  it.each([
    [
      'a zone in the text wins over --tz',
      'Sync on December 9, 2026 at 15:00 UTC in Room 2.',
      'Asia/Taipei',
      '2026-12-09T15:00:00+00:00',
      'text',
      'UTC',
    ],
    [
      'PT in December is UTC−8',
      'Sync on December 9, 2026 at 9:00 PT in Room 2.',
      undefined,
      '2026-12-09T09:00:00-08:00',
      'text',
      'PT',
    ],
    [
      '北京时间 is UTC+8',
      '会议定于2026年12月9日北京时间下午3点，在301会议室。',
      'America/New_York',
      '2026-12-09T15:00:00+08:00',
      'text',
      '北京时间',
    ],
    [
      '--tz as an IANA name, with its daylight saving',
      'Sync on July 9, 2027 at 9:00 in Room 2.',
      'America/New_York',
      '2027-07-09T09:00:00-04:00',
      'option',
      'America/New_York',
    ],
    [
      '--tz as an offset',
      'Sync on December 9, 2026 at 9:00 in Room 2.',
      '+05:30',
      '2026-12-09T09:00:00+05:30',
      'option',
      '+05:30',
    ],
    [
      "--now gives the writer's offset",
      'Sync on December 9, 2026 at 9:00 in Room 2.',
      undefined,
      '2026-12-09T09:00:00+08:00',
      'now',
      '+08:00',
    ],
  ])('%s', async (_, text, tz, start, source, name) => {
    const result = await extract({ text, filename: 'a.txt' }, { now, tz, kind: 'meeting-notice' });
    expect(result.when).toMatchObject({ start, timezone: { source, name } });
  });

  it('rejects an unknown --tz with a usage error', async () => {
    await expect(extract('Sync at 9:00.', { tz: 'Mars/Olympus' })).rejects.toThrow(
      /--tz: unknown time zone "Mars\/Olympus"/,
    );
  });
});

describe('the iCalendar invite', () => {
  it('parses with ical.js and round-trips the times, the summary, the place and the people', async () => {
    const result = await extract(
      eml(
        ['Alex <alex@example.com>', 'bo@example.com'],
        'Hi both,\n\nTopic: Budget review\nWhen: December 9, 2026, 15:00–16:30 UTC\nWhere: Room 4.12, https://zoom.us/j/91234567890\n',
      ),
    );
    const ics = toICalendar(result, { now: new Date('2026-11-27T02:00:00Z') });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-09T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-09T16:30:00.000Z');
    expect(new Date(result.when!.start).getTime()).toBe(event.startDate.toJSDate().getTime());
    expect(event.summary).toBe('Budget review');
    expect(event.location).toContain('Room 4.12');
    expect(event.location).toContain('https://zoom.us/j/91234567890');
    expect(event.organizer.toLowerCase()).toBe('mailto:writer@example.com');
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual([
      'mailto:alex@example.com',
      'mailto:bo@example.com',
    ]);
    expect(event.uid).toMatch(/^[0-9a-f]{32}@draftlint$/);
    expect(toICalendar(result, { now: new Date('2026-11-28T02:00:00Z') })).toContain(`UID:${event.uid}`);
  });

  it('refuses a notice with no place, saying what is missing', async () => {
    const result = await extract({ text: '各位同仁：\n\n下週三下午3點開會，請準時出席。', filename: 'a.txt' }, { now });
    expect(() => toICalendar(result)).toThrow(IncompleteNoticeError);
    expect(() => toICalendar(result)).toThrow(
      'cannot write an invite: missing where (a place, a link or a meeting ID)',
    );
  });
});

describe('draftlint extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-extract-'));
  const notice = join(dir, 'notice.txt');
  writeFileSync(notice, taipei);

  it('prints the JSON of a file', async () => {
    const { code, stdout } = await run(['extract', notice, '--now', now, '--tz', 'Asia/Taipei']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      filePath: notice,
      when: { start: '2026-12-16T09:00:00+08:00' },
      missing: [],
    });
  });

  it('writes an .ics file that ical.js reads', async () => {
    const out = join(dir, 'notice.ics');
    const { code } = await run(['extract', notice, '--ics', '--now', now, '-o', out]);
    expect(code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-16T01:00:00.000Z');
    expect(event.summary).toBe('第四季檢討會議');
  });

  it('refuses an invite for an incomplete notice with one line and exit 1', async () => {
    const { code, stdout, stderr } = await run(
      ['extract', '--stdin', '--stdin-filename', 'n.txt', '--ics', '--now', now],
      '各位同仁：\n\n下週三開會，地點另行通知。',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'draftlint: n.txt: cannot write an invite: missing when (a day with a start time) and where (a place, a link or a meeting ID); run draftlint check --stdin to see what to add\n',
    );
  });

  it('answers a missing file and a bad zone with one line and exit 2', async () => {
    expect(await run(['extract', join(dir, 'nope.txt')])).toMatchObject({
      code: 2,
      stderr: `draftlint: ${join(dir, 'nope.txt')}: no such file\n`,
    });
    const bad = await run(['extract', notice, '--tz', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
