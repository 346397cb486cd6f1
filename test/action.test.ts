// The GitHub Action (action.yml), run step by step the way a runner does: each `run` step in bash with the
// GITHUB_* environment and the step's `env`, inputs and expressions substituted; the `uses:` step (the upload
// to code scanning) is checked for what it is handed, not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot, snapshotOfProject } from './support/project-snapshot.js';

interface Step {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as Action;

/** Runs the action's steps as a runner would; returns the step outputs, the log and each step's exit code. */
function runAction(actionPath: string, workspace: string, given: Record<string, string>) {
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? '']),
  );
  const outputs: Record<string, Record<string, string>> = {};
  const expression = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      if (expr === 'github.action_path') return actionPath;
      const input = /^inputs\.([\w-]+)$/.exec(expr);
      if (input) return inputs[input[1]];
      const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
      if (output) return outputs[output[1]]?.[output[2]] ?? '';
      throw new Error(`expression not understood by the test: ${expr}`);
    });
  const condition = (text: string | undefined) => {
    if (!text) return true;
    const test = /^inputs\.([\w-]+) == '([^']*)'$/.exec(text.trim());
    if (!test) throw new Error(`condition not understood by the test: ${text}`);
    return inputs[test[1]] === test[2];
  };
  const temp = mkdtempSync(join(tmpdir(), 'draftlint-runner-'));
  let log = '';
  const codes: (number | null)[] = [];
  const uploads: Record<string, string>[] = [];
  for (const step of action.runs.steps) {
    if (!condition(step.if)) continue;
    if (step.uses) {
      uploads.push(Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expression(v)])));
      continue;
    }
    const outputFile = join(temp, `output-${codes.length}`);
    writeFileSync(outputFile, '');
    const env = {
      ...process.env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_ACTION_PATH: actionPath,
      RUNNER_TEMP: temp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expression(v)])),
    };
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: workspace,
      env,
      encoding: 'utf8',
    });
    log += `${result.stdout}${result.stderr}`;
    codes.push(result.status);
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
      );
    }
    if (result.status !== 0) break;
  }
  return { log, codes, uploads };
}

describe('the GitHub Action', () => {
  let snapshot: string | undefined;
  const actionPath = () => (snapshot ??= snapshotOfProject().path);

  it('is a composite action whose steps install, check and annotate', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'args', 'sarif', 'sarif-file']);
  });

  it('annotates the findings, uploads a SARIF log and fails the job on an error', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'draftlint-workspace-'));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(
      join(workspace, 'docs/meeting.md'),
      '# 發布會議\n\n會議訂於2026年12月5日（週五）上午10點，在301會議室。\n',
    );
    writeFileSync(join(workspace, 'docs/guide.md'), '# Guide\n\nInstall the package and run it.\n');

    const { log, codes, uploads } = runAction(actionPath(), workspace, { paths: 'docs', sarif: 'true' });
    expect(codes).toEqual([0, 0, 1]);
    expect(log).toMatch(
      /^::error file=docs\/meeting\.md,line=3,col=16,.*title=draftlint\(weekday-mismatch\)::2026年12月5日是星期六/m,
    );
    expect(log).not.toContain('guide.md');
    expect(uploads).toEqual([{ sarif_file: 'draftlint.sarif', category: 'draftlint' }]);
    const sarif = JSON.parse(readFileSync(join(workspace, 'draftlint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('weekday-mismatch');
  }, 300_000);

  it('passes a clean docs folder, with options given through args', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'draftlint-workspace-'));
    writeFileSync(join(workspace, 'notes.md'), '# Notes\n\nWe will decide soon.\n');
    const { log, codes } = runAction(actionPath(), workspace, { paths: 'notes.md', args: '--quiet' });
    expect(codes).toEqual([0, 0]);
    expect(log).not.toMatch(/::(error|warning)/);
    expect(existsSync(join(workspace, 'draftlint.sarif'))).toBe(false);
  }, 300_000);
});
