/**
 * The `screen` command, asserting what a recruiter (or a script) sees on
 * standard output, standard error and in the exit status. Run in-process
 * (tests/support/cli.ts); cli/process.test.ts runs the built command for real.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningResult } from '../lib/screening';
import { startFakeGitHub, type FakeGitHub } from '../tests/support/fake-github';
import { screen } from '../tests/support/cli';

const root = process.cwd();
const fixtures = join(root, 'tests/fixtures/resumes');
const tmp = mkdtempSync(join(tmpdir(), 'scout-screen-cli-'));
const run = (args: string[], stdin?: string) => screen(args, stdin === undefined ? {} : { stdin });

/** A file in the temporary folder with this content; its path. */
function file(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const good = join(fixtures, 'senior-go-payments.json');
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe.concurrent('screen: output', () => {
  it('prints a readable report by default', async () => {
    const r = await run([good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Seniority: Senior (6.4 engineering years)');
    expect(r.stdout).toContain('+ Database experience [database-experience]');
    expect(r.stdout).toContain('resume: "Moved settlement from MySQL to PostgreSQL with logical replication and zero downtime."');
    expect(r.stdout).toContain('Role: Backend engineer - 3 of 3 must-haves met');
  });

  it('prints the probes for yellow flags in plain words', async () => {
    const r = await run([join(fixtures, 'vague-lists.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('! Vague technology list without context [vague-tech-list]');
    expect(r.stdout).toContain('Design a URL shortener that handles 1M clicks per day.');
    expect(r.stdout).toContain('Listen for:');
  });

  it('--json prints one array, one element per input in order, in the DESIGN.md shape', async () => {
    const second = join(fixtures, 'bootcamp-grad.json');
    const r = await run(['--json', good, second]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((e) => e.input)).toEqual([good, second]);
    for (const element of out) {
      expect(Object.keys(element)).toEqual(['input', 'profile', 'flags', 'seniority', 'role', 'probes']);
      const { input: _input, ...result } = element;
      expect(() => ScreeningResult.parse(result)).not.toThrow();
    }
    const bootcamp = ScreeningResult.parse({ ...out[1], input: undefined });
    expect(bootcamp.flags.map((f) => f.id)).toContain('tutorial-projects');
    // A junior is asked about fundamentals: a simple API they built, not SQL-versus-NoSQL trade-offs.
    expect(bootcamp.probes[0]).toMatchObject({ flag: 'no-database-or-api', question: expect.stringContaining('simple API you built') });
  });

  it('--csv prints the export columns with a BOM and CRLF line ends', async () => {
    const r = await run(['--csv', good, join(fixtures, 'vague-lists.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFName,Headline,Location,GitHub URL,LinkedIn URL,Level,Years,Green flags,Yellow flags,Role match,')).toBe(true);
    const lines = r.stdout.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Marisol Ekwueme,Senior Backend Engineer · Payments,.*,Senior,6\.4,Backend language proficiency; /);
    expect(lines[1]).toContain(',3 of 3,');
    expect(lines[3]).toBe('');
  });

  it('reads standard input for "-"', async () => {
    const r = await run(['--json', '-'], JSON.stringify({ work: [{ position: 'Backend Engineer', startDate: '2020-01', highlights: ['Built Go APIs on Redis.'] }] }));
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { input: string; flags: { id: string }[] }[];
    expect(element?.input).toBe('stdin');
    expect(element?.flags.map((f) => f.id)).toContain('database-experience');
  });

  it('screens against a role scorecard from a file', async () => {
    const role = file('platform-role.json', {
      name: 'Platform engineer',
      mission: 'Make deploys boring.',
      mustHave: ['Kubernetes', 'Terraform'],
      niceToHave: ['Kafka'],
      minimumLevel: 'staff',
    });
    const r = await run(['--json', '--role', role, join(fixtures, 'devops-sre.json')]);
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { role: { name: string; mustHave: { skill: string; met: boolean }[]; levelMet: boolean } }[];
    expect(element?.role.name).toBe('Platform engineer');
    expect(element?.role.mustHave).toMatchObject([
      { skill: 'Kubernetes', met: true },
      { skill: 'Terraform', met: true },
    ]);
    expect(element?.role.levelMet).toBe(true);
  });
});

describe.concurrent('screen: bad input', () => {
  it('names a file that is not JSON, exits 2, and still screens the others', async () => {
    const bad = file('not-json.json', '{ "basics": { "name": "Ana" ');
    const r = await run(['--json', bad, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not JSON \\(`));
    noStackTrace(r.stderr);
    const out = JSON.parse(r.stdout) as { input: string }[];
    expect(out.map((e) => e.input)).toEqual([good]);
  });

  it('accepts every date form JSON Resume allows', async () => {
    const ok = file('date-forms.json', {
      work: [
        { position: 'Engineer', startDate: '2015', endDate: '2016-06' },
        { position: 'Engineer', startDate: '2016-07-01', endDate: 'present' },
      ],
    });
    const r = await run(['--json', ok]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('ignores unknown fields', async () => {
    const ok = file('unknown-fields.json', {
      $schema: 'https://jsonresume.org/schema',
      meta: { theme: 'elegant' },
      basics: { name: 'Ana', favouriteColour: 'teal' },
      work: [{ position: 'Engineer', startDate: '2020', teamSize: 7, highlights: ['Built Go APIs.'] }],
      hobbies: ['climbing'],
    });
    const r = await run(['--json', ok]);
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { profile: { basics: Record<string, unknown>; work: Record<string, unknown>[] } }[];
    expect(element?.profile.basics).not.toHaveProperty('favouriteColour');
    expect(element?.profile.work[0]).not.toHaveProperty('teamSize');
  });

  it('names a file that does not exist', async () => {
    const r = await run([join(tmp, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json: cannot read it (no such file)');
  });

  it('names the field of a bad role and screens nothing', async () => {
    const role = file('bad-role.json', { name: 'Backend', mustHave: [42] });
    const r = await run(['--role', role, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-role\.json: mustHave\.0: /);
    expect(r.stdout).toBe('');
  });

  it('refuses an --html page it cannot read, and goes on with the rest', async () => {
    const r = await run(['--json', '--html', 'page.html', '--url', 'https://www.linkedin.com/in/someone', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('page.html: cannot read it (no such file)');
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
  });

  it('refuses an unknown option and an empty command line with the usage', async () => {
    const unknown = await run(['--pdf', good]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--pdf'");
    expect(unknown.stderr).toContain('Usage: npm run --silent screen');
    const empty = await run([]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('nothing to screen');
  });
});

describe.concurrent('screen: large profiles', () => {
  it('screens a 5 MB profile', async () => {
    const sentence = 'Operated Kafka and PostgreSQL for the payments team, on call for incidents. ';
    const summary = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
    const big = file('five-megabytes.json', { basics: { summary }, work: [{ position: 'SRE', startDate: '2019-01' }] });
    const r = await run(['--json', big]);
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { flags: { id: string; evidence: unknown[] }[] }[];
    expect(element?.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['database-experience', 'production-scale']));
    expect(element?.flags.every((f) => f.evidence.length <= 6)).toBe(true);
  });

  it('screens a profile with 5,000 skills', async () => {
    const names = ['Go', 'Python', 'Kafka', 'Redis', 'Terraform'];
    const skills = Array.from({ length: 5000 }, (_, i) => ({ name: i < names.length ? names[i] : `Internal tool ${i}` }));
    const big = file('five-thousand-skills.json', { skills, work: [{ position: 'Engineer', startDate: '2020-01', highlights: ['Built Go services.'] }] });
    const r = await run(['--json', big]);
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { flags: { id: string }[] }[];
    expect(element?.flags.map((f) => f.id)).toContain('language-proficiency');
  });
});

describe('screen: --github', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
  });

  it('screens a GitHub user with repository evidence', async () => {
    const r = await run(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.backend]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [element] = JSON.parse(r.stdout) as { input: string; flags: { id: string; evidence: { source: string; url?: string }[] }[] }[];
    expect(element?.input).toBe(`github:${gh.logins.backend}`);
    const github = element?.flags.flatMap((f) => f.evidence).filter((e) => e.source === 'github') ?? [];
    expect(github.length).toBeGreaterThan(0);
    expect(github.every((e) => e.url?.startsWith(gh.webUrl))).toBe(true);
  });

  it('exits 3 when GitHub does not know the user, after screening the rest', async () => {
    const r = await run(['--json', '--no-cache', '--api-url', gh.url, '--github', 'no-such-user-here', good]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^github:no-such-user-here: /);
    noStackTrace(r.stderr);
    expect((JSON.parse(r.stdout) as { input: string }[]).map((e) => e.input)).toEqual([good]);
  });
});
