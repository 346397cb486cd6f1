// What a user installs: the packed tarball's file list, and the version the CLI, package.json and the changelog
// agree on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

interface PackedFile {
  path: string;
  size: number;
}

function packedFiles(): PackedFile[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { files: PackedFile[] }[])[0].files;
}

describe('the packed tarball', () => {
  const files = packedFiles();
  const paths = files.map((file) => file.path);

  it('holds the CLI, the build, the rule docs, the schema and the release files, and nothing else', () => {
    const topLevel = [...new Set(paths.map((path) => path.split('/')[0]))].sort();
    expect(topLevel).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'dist', 'docs', 'package.json', 'schema']);
    expect(paths.filter((path) => path.startsWith('bin/'))).toEqual(['bin/draftlint.js']);
    expect(paths.filter((path) => path.startsWith('schema/'))).toEqual(['schema/draftlint.schema.json']);
    expect(
      paths.filter((path) => path.startsWith('docs/')).every((path) => /^docs\/rules\/[a-z0-9-]+\.md$/.test(path)),
    ).toBe(true);
    expect(paths).toContain('docs/rules/meeting-5w2h.md');
  });

  it('ships compiled modules, their types and compiled data only: no source maps, YAML, tests or images', () => {
    const built = paths.filter((path) => path.startsWith('dist/'));
    const odd = built.filter((path) => !/\.(js|d\.ts|json)$/.test(path));
    expect(odd).toEqual([]);
    expect(built.filter((path) => path.startsWith('dist/test/') || path.startsWith('dist/scripts/'))).toEqual([]);
    expect(built).toContain('dist/src/cli.js');
    expect(built).toContain('dist/src/index.d.ts');
    expect(built).toContain('dist/rules/vague-time/lexicon.zh.json');
    expect(built).toContain('dist/src/analysis/people/data/given-names.en.json');
  });

  it('packs to less than 1.5 MB of files', () => {
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    expect(bytes).toBeLessThan(1.5e6);
  });
});

describe('the version', () => {
  it('is the same in package.json, the newest changelog entry and draftlint --version', () => {
    const changelog = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
    const newest = /^## \[(\d+\.\d+\.\d+)\]/m.exec(changelog)?.[1];
    expect(newest).toBe(pkg.version);
    const cli = spawnSync(process.execPath, [`${root}bin/draftlint.js`, '--version'], { encoding: 'utf8' });
    expect(cli.stdout.trim()).toBe(pkg.version);
  });
});
