/**
 * `screen RESUME.json` on files shaped the way people publish them (DESIGN.md
 * "Reading real files"), run in-process through `main(argv, io)` with
 * in-memory streams: a file from the wild is screened, not refused; a field
 * that cannot be read is named on standard error and the rest is screened
 * (exit 0); exit 2 only for a file that is not a résumé at all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from './screen';
import { ScreeningResult } from '../lib/screening';

const tmp = mkdtempSync(join(tmpdir(), 'scout-resume-files-'));
const NOW = new Date('2026-11-23T12:00:00Z');

function file(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}

async function run(argv: string[], stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    env: {},
    now: () => NOW,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

type Element = ScreeningResult & { input: string };
const json = (stdout: string) => JSON.parse(stdout) as Element[];

describe('screen: résumé files as people write them', () => {
  it('screens an older-schema file with month-name dates, empty strings and nulls, with nothing on standard error', async () => {
    const path = file('old-schema.json', {
      basics: { name: 'Ron Adeyemi', picture: '', website: 'https://ron.example', location: { city: 'Lyon', postalCode: null } },
      work: [
        { company: 'Cinch', position: 'Senior Engineer', website: '', startDate: 'June 2014', endDate: 'April 2017', highlights: ['Built REST APIs in Python on PostgreSQL.'] },
        { company: 'Nara', position: 'Developer', startDate: '07/2017', endDate: 'Current', summary: null },
      ],
      interests: ['climbing', 'chess'],
      skills: [{ name: 'Backend', level: '', keywords: ['Python', 'PostgreSQL'] }],
    });
    const r = await run(['--json', path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [element] = json(r.stdout);
    expect(element?.profile.work.map((w) => w.name)).toEqual(['Cinch', 'Nara']);
    // The employer from the older `company` field reaches the evidence.
    expect(element?.seniority.evidence.map((e) => e.text).join('\n')).toContain('at Cinch');
    expect(element?.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['language-proficiency', 'database-experience', 'api-design']));
  });

  it('reads an impossible day as its month instead of refusing the file', async () => {
    const path = file('impossible-day.json', { work: [{ name: 'Acme', position: 'Engineer', startDate: '2024-09-31' }] });
    const r = await run(['--json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(json(r.stdout)[0]?.profile.work[0]?.startDate).toBe('2024-09');
  });

  it('drops a field it cannot read, names it on standard error, and screens the rest with exit 0', async () => {
    const path = file('resume.json', {
      work: [
        { name: 'A', position: 'Engineer', startDate: '2018-01', endDate: '2019-01' },
        { name: 'B', position: 'Engineer', startDate: '2019-02', endDate: '2020-01' },
        { name: 'C', position: 'Backend Engineer', startDate: 'sometime', highlights: ['Built Go services on Redis.'] },
      ],
    });
    const r = await run(['--json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${path}: work[2].startDate 'sometime' is not a date; ignored\n`);
    const [element] = json(r.stdout);
    expect(element?.flags.map((f) => f.id)).toContain('database-experience');
  });

  it('reads wrong types where it can (a number as text, a comma list as skills) and screens the file', async () => {
    const path = file('wrong-types.json', { basics: { name: 'Ana', phone: 5550100 }, work: [{ name: 'Acme', position: 42 }], skills: 'Go, Python' });
    const r = await run(['--json', path]);
    expect(r.code).toBe(0);
    const [element] = json(r.stdout);
    expect(element?.profile.basics.phone).toBe('5550100');
    expect(element?.profile.skills.map((s) => s.name)).toEqual(['Go', 'Python']);
  });

  it('reads UTF-16 with a byte-order mark from standard input', async () => {
    const text = JSON.stringify({ basics: { name: 'Zoé' }, work: [{ position: 'Développeur backend', startDate: 'mars 2020', highlights: ['Mise en place des APIs REST en Go.'] }] });
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = await run(['--json', '-'], bytes);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]?.profile.basics.name).toBe('Zoé');
  });
});

describe('screen: files that are not a résumé at all (exit 2, the others still screened)', () => {
  const good = file('good.json', { work: [{ position: 'Backend Engineer', startDate: '2020-01', highlights: ['Built Go APIs on Redis.'] }] });

  const cases: [string, string | Uint8Array | unknown, RegExp][] = [
    ['not JSON', '{ "basics": { "name": "Ana" ', /: not JSON \(/],
    ['an array', [1, 2, 3], /: not a JSON Resume: expected an object, got an array$/m],
    ['a package.json', { name: 'left-pad', version: '1.0.0' }, /: not a JSON Resume: none of basics, work or skills is there$/m],
    ['Latin-1', Uint8Array.from('{"basics":{"name":"Zoé"}}', (c) => c.charCodeAt(0)), /: not UTF-8: it looks like Latin-1 \(ISO-8859-1\) or Windows-1252; save it as UTF-8 and try again$/m],
  ];
  it.each(cases)('%s', async (name, content, message) => {
    const path = file(`${name.replace(/\W+/g, '-')}.json`, content);
    const r = await run(['--json', path, good]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`${path}: `)).toBe(true);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(json(r.stdout).map((e) => e.input)).toEqual([good]);
  });
});
