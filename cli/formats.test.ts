/**
 * `screen --csv --format NAME [--out DIR] [--include-found-emails]`, run
 * in-process through the command's own `main` with in-memory streams (a
 * child process per case is seconds on a busy machine) and a temporary
 * folder for --out.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { main, type CliIO } from './screen';

const root = process.cwd();
const marisol = join(root, 'tests/fixtures/resumes/senior-go-payments.json');
const renPage = join(root, 'tests/fixtures/pages/github/user-full-ren-okafor.html');
const NOW = new Date('2026-11-23T10:00:00Z');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    env: {},
    now: () => NOW,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

const MARISOL_NOTE =
  'Backend Scout: Senior, 6.4 years; green flags: Backend language proficiency, Database experience, API design (REST/GraphQL), ' +
  'Production experience at scale, Testing and deployment pipelines, Observability tools';

describe('screen --csv --format', () => {
  test('linkedin-recruiter: the file on standard output, byte for byte; the résumé’s own email is exported', async () => {
    const r = await run(['--csv', '--format', 'linkedin-recruiter', marisol]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '\uFEFFFirst name,Last name,Email,Phone,Job title,Company,Location,Pipeline stage,Note,Note visibility,Tags\r\n' +
        `Marisol,Ekwueme,marisol@example.com,,Senior Backend Engineer,Tillpoint,"Lisbon, PT",Uncontacted,"${MARISOL_NOTE}",PROJECT_MEMBERS,\r\n`,
    );
  });

  test.each([
    ['greenhouse', 'First Name,Last Name,Company,Title,Notes,Email,Phone,Social Media,Website,Address,Source,Who gets credit,Job,Department,Office,Prospect Pool,Prospect Stage', `Marisol,Ekwueme,Tillpoint,Senior Backend Engineer,"${MARISOL_NOTE}",marisol@example.com,,https://github.com/mekwueme,,"Lisbon, PT",Résumé,,,,,,Sourced`],
    ['lever', 'Full name,Email,Phone,Location,Current company,Current title,Links,Tags,Sources,Origin,Stage,Notes', `Marisol Ekwueme,marisol@example.com,,"Lisbon, PT",Tillpoint,Senior Backend Engineer,https://github.com/mekwueme,,Résumé,Sourced,New Lead,"${MARISOL_NOTE}"`],
    ['ashby', 'Name,Email,Phone,LinkedIn URL,GitHub URL,Website,Location,Current Company,Current Title,Source,Tags,Notes', `Marisol Ekwueme,marisol@example.com,,,https://github.com/mekwueme,,"Lisbon, PT",Tillpoint,Senior Backend Engineer,Résumé,,"${MARISOL_NOTE}"`],
  ])('%s: header and row byte for byte', async (format, header, row) => {
    const r = await run(['--csv', '--format', format, marisol]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`\uFEFF${header}\r\n${row}\r\n`);
  });

  test('backend-scout is the default and the extension’s own columns', async () => {
    const plain = await run(['--csv', marisol]);
    const named = await run(['--csv', '--format', 'backend-scout', marisol]);
    expect(named.stdout).toBe(plain.stdout);
    expect(plain.stdout.startsWith('\uFEFFName,Headline,Location,GitHub URL,')).toBe(true);
  });

  test('an email found on a public profile is exported only with --include-found-emails, and the count says so', async () => {
    const page = ['--html', renPage, '--url', 'https://github.com/ren-okafor'];
    const without = await run(['--csv', '--format', 'lever', ...page]);
    expect(without.code).toBe(0);
    expect(rows(without.stdout)[1]![1]).toBe('');
    expect(without.stderr).toBe(
      'screen: 1 row has no email you may export (Lever uses the email to catch duplicate profiles); emails found on public profiles are left out unless you include them.\n',
    );
    const withFound = await run(['--csv', '--format', 'lever', '--include-found-emails', ...page]);
    expect(withFound.code).toBe(0);
    expect(rows(withFound.stdout)[1]![1]).toBe('ren.okafor@example.dev');
    expect(withFound.stderr).toBe('');
  });
});

describe('row limits and --out', () => {
  const many = Array.from({ length: 201 }, () => marisol);

  test('beyond LinkedIn Recruiter’s 200 a file without --out: exit 2, a sentence, nothing printed', async () => {
    const r = await run(['--csv', '--format', 'linkedin-recruiter', ...many]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'screen: linkedin-recruiter takes at most 200 candidates a file and 201 were screened: add --out DIR to write linkedin-recruiter-1.csv, linkedin-recruiter-2.csv\n',
    );
  });

  test('with --out: NAME-1.csv and NAME-2.csv, each with its header, named on standard error', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'scout-formats-')), 'exports');
    const r = await run(['--csv', '--format', 'linkedin-recruiter', '--out', dir, ...many]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['linkedin-recruiter-1.csv', 'linkedin-recruiter-2.csv']);
    const first = readFileSync(join(dir, 'linkedin-recruiter-1.csv'), 'utf8');
    const second = readFileSync(join(dir, 'linkedin-recruiter-2.csv'), 'utf8');
    expect(rows(first)).toHaveLength(201);
    expect(rows(second)).toHaveLength(2);
    expect(second.startsWith('\uFEFFFirst name,Last name,')).toBe(true);
    expect(r.stderr).toBe(`screen: wrote ${join(dir, 'linkedin-recruiter-1.csv')} (200 candidates)\nscreen: wrote ${join(dir, 'linkedin-recruiter-2.csv')} (1 candidate)\n`);
  });

  test('with --out and one file: NAME.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scout-formats-'));
    const r = await run(['--csv', '--format', 'ashby', '--out', dir, marisol]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['ashby.csv']);
  });

  test('a folder that cannot be written: exit 2 with a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scout-formats-'));
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const r = await run(['--csv', '--format', 'ashby', '--out', join(blocker, 'inside'), marisol]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^screen: --out .*inside: cannot write there \((ENOTDIR|EEXIST)\)\n$/);
  });
});

describe('bad options', () => {
  test.each([
    [['--format', 'lever', marisol], '--format goes with --csv'],
    [['--json', '--out', 'x', marisol], '--out goes with --csv'],
    [['--include-found-emails', marisol], '--include-found-emails goes with --csv'],
    [['--csv', '--format', 'workday', marisol], '--format: "workday" is not a format; choose one of backend-scout, linkedin-recruiter, greenhouse, lever, ashby'],
  ])('%j: exit 2, %s', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`screen: ${message}`);
  });
});
