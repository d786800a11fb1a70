/**
 * The built command (dist/backend-scout.mjs, what `npx backend-scout` and
 * `npm run screen` run) started as a real process: a handful of cases for
 * what only a process shows (standard input, exit status, the subcommand,
 * no stack traces). Everything else about the command is tested in-process.
 * `npm test` builds the command first (scripts/build-cli.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../tests/support/fake-github';

const root = process.cwd();
const bundle = join(root, 'dist/backend-scout.mjs');
const resume = join(root, 'tests/fixtures/resumes/senior-go-payments.json');

function command(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: root, env: { ...process.env, GITHUB_TOKEN: '', DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the built command', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
  });

  it('is built', () => {
    expect(existsSync(bundle), 'dist/backend-scout.mjs is missing: run npm run build:cli').toBe(true);
  });

  it('screens a file and prints the readable report, exit 0', async () => {
    const r = await command(['screen', resume]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Seniority: Senior (6.4 engineering years)');
  });

  it('reads standard input for "-" and prints JSON', async () => {
    const r = await command(['screen', '--json', '-'], JSON.stringify({ work: [{ position: 'Backend Engineer', startDate: '2020-01', highlights: ['Built Go APIs on Redis.'] }] }));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { input: string }[])[0]?.input).toBe('stdin');
  });

  it('bad input: exit 2, the file named, no stack trace', async () => {
    const r = await command(['screen', join(root, 'no-such-file.json'), resume]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.json: cannot read it (no such file)');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stdout).toContain('Seniority: Senior');
  });

  it('GitHub unavailable: exit 3 after what could be screened was printed', async () => {
    const r = await command(['screen', '--json', '--no-cache', '--api-url', gh.url, '--github', 'no-such-user-here', resume]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^github:no-such-user-here: /);
    expect((JSON.parse(r.stdout) as { input: string }[]).map((e) => e.input)).toEqual([resume]);
  });

  it('an unknown subcommand is refused with the usage', async () => {
    const r = await command(['sceen', resume]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "sceen"');
    expect(r.stderr).toContain('Usage: backend-scout screen');
  });
});
