// The team vocabulary, through the CLI: its people are people to public-criticism, its rooms are a notice's place,
// its lists and channels reach many readers, and no rule reports a word inside a phrase it accepts.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const now = '2026-11-27T10:00:00+08:00';

const WORDS = `people:
  - { names: [大熊], role: 工程師 }
  - { names: [Kiwi, Kiwi Chen], role: designer }
  - 胖虎
places: [Lotus, 3F-大會議室]
groups: [pm-weekly@, "#general"]
accept: [稍後再議, 稍后再议, ASAP mode]
`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftlint-vocabulary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Each finding as `rule/message line:column`, with and without the team's vocabulary. */
async function findings(
  name: string,
  text: string,
  extra: string[] = [],
): Promise<{ without: string[]; with: string[] }> {
  const dir = project({ [name]: text, 'team-words.yaml': WORDS, 'team.yaml': 'vocabulary: ./team-words.yaml\n' });
  const check = (config: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      const args = [
        join(root, 'bin/draftlint.js'),
        'check',
        name,
        '--now',
        now,
        '--format',
        'json',
        ...config,
        ...extra,
      ];
      execFile('node', args, { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error && error.code !== 1) return reject(new Error(stderr));
        const [result] = JSON.parse(stdout) as {
          messages: { ruleId: string; messageId: string; line: number; column: number; message: string }[];
        }[];
        resolve(result.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.line}:${m.column} ${m.message}`));
      });
    });
  return { without: await check(['--no-config']), with: await check(['-c', 'team.yaml']) };
}

const ids = (list: string[]) => list.map((f) => f.split(' ')[0]);

describe('vocabulary: people', () => {
  it('en: a colleague known by a nickname is criticised by name before a list', async () => {
    // Not where a name is found by its shape (before the blame), so only the vocabulary knows Kiwi is a person.
    const text = 'To: dev@corp.example\nSubject: build\n\nThe careless change came from Kiwi again.\n';
    const { without, with: found } = await findings('a.eml', text);
    expect(ids(without)).not.toContain('public-criticism/criticised-in-public');
    expect(found).toContainEqual(
      expect.stringMatching(/^public-criticism\/criticised-in-public 4:31 Kiwi is criticised by name/),
    );
  });

  it('zh-Hant: 大熊 is a colleague, not a bear', async () => {
    const { without, with: found } = await findings('b.txt', '各位同事：\n\n大熊這次又搞砸了上線，太不負責任了。\n');
    expect(ids(without)).not.toContain('public-criticism/criticised-in-public');
    expect(found).toContain(
      'public-criticism/criticised-in-public 3:1 當著所有人（「各位」）點名批評大熊（「搞砸了」）；請說事不說人，批評留到私下和大熊談。',
    );
  });

  it('zh-Hans: a name given as a plain string', async () => {
    const { without, with: found } = await findings('c.txt', '各位同事：\n\n胖虎这次又搞砸了上线，太不负责任了。\n');
    expect(ids(without)).not.toContain('public-criticism/criticised-in-public');
    expect(ids(found)).toContain('public-criticism/criticised-in-public');
  });
});

describe('vocabulary: places', () => {
  it('en: "in Lotus" names the room', async () => {
    const text = 'Design review: Tuesday 8 December 2026, 10:00 am, in Lotus. Please come with your mockups.\n';
    const { without, with: found } = await findings('d.txt', text, ['--kind', 'meeting-notice']);
    expect(ids(without)).toContain('meeting-5w2h/missing-where');
    expect(ids(found)).not.toContain('meeting-5w2h/missing-where');
  });

  it('zh-Hant: a room named only in the vocabulary', async () => {
    const text = '設計評審：2026年12月8日（週二）上午10點在松風舉行，請帶設計稿。\n';
    const dir = project({ 'e.txt': text, 'team.yaml': 'vocabulary:\n  places: [松風]\n' });
    const run = (config: string[]) =>
      new Promise<string>((resolve) =>
        execFile(
          'node',
          [
            join(root, 'bin/draftlint.js'),
            'check',
            'e.txt',
            '--now',
            now,
            '--kind',
            'meeting-notice',
            '-f',
            'json',
            ...config,
          ],
          { cwd: dir, encoding: 'utf8' },
          (_e, stdout) => resolve(stdout),
        ),
      );
    const without = await run(['--no-config']);
    const found = await run(['-c', 'team.yaml']);
    expect(without).toContain('missing-where');
    expect(found).not.toContain('missing-where');
  });
});

describe('vocabulary: groups', () => {
  it('en: a team list the heuristics do not know reaches many readers', async () => {
    const { without, with: found } = await findings(
      'f.eml',
      'To: pm-weekly@corp.example\nSubject: build\n\nThe release slipped again. This is unacceptable and careless.\n',
    );
    expect(ids(without)).toEqual([]);
    expect(found).toContainEqual(
      expect.stringMatching(/^mass-complaint\/complaint-to-group 4:\d+ .*sent to the list pm-weekly@corp\.example/),
    );
  });

  it('zh-Hans: a post to a team channel names the channel as its readers', async () => {
    const { with: found } = await findings('g.txt', '#general：上线又延期了，太不负责任了。\n');
    expect(found).toContainEqual(expect.stringMatching(/^mass-complaint\/complaint-to-group .*“#general”频道的所有人/));
  });
});

describe('vocabulary: accepted phrases', () => {
  it('zh-Hant: 稍後再議 is accepted, the other vague word in the sentence is still reported', async () => {
    const { without, with: found } = await findings('h.txt', '這件事稍後再議，其他的請一會兒回覆我。\n');
    expect(without.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'vague-time/vague-time 1:4',
      'vague-time/vague-time 1:13',
    ]);
    expect(found.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['vague-time/vague-time 1:13']);
  });

  it('zh-Hans and en: a phrase accepted in either script or case', async () => {
    expect(ids((await findings('i.txt', '这件事稍后再议。\n')).with)).toEqual([]);
    const en = await findings('j.txt', 'Turn on ASAP mode in the settings, then reply ASAP.\n');
    expect(en.without.map((f) => f.split(' ')[1])).toEqual(['1:9', '1:47']);
    expect(en.with.map((f) => f.split(' ')[1])).toEqual(['1:47']);
  });

  it('a wrong vocabulary is a usage error naming the file and the key', async () => {
    const dir = project({ 'a.txt': 'hi', 'team.yaml': 'vocabulary:\n  rooms: [Lotus]\n' });
    const stderr = await new Promise<string>((resolve) =>
      execFile(
        'node',
        [join(root, 'bin/draftlint.js'), 'check', 'a.txt', '-c', 'team.yaml'],
        { cwd: dir, encoding: 'utf8' },
        (_e, _o, err) => resolve(err),
      ),
    );
    expect(stderr).toBe(
      `draftlint: ${join(dir, 'team.yaml')}: vocabulary.rooms: unknown key (expected people, places, groups, accept)\n`,
    );
  });
});
