import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { Candidate, type Note } from '../store/records';
import { blindAlias } from './labels';
import { CSV_COLUMNS, candidatesToCsv, csvFileName, csvRows } from './csv';
import { ruleById } from '../screening/rules';
import { Profile } from '../profile/profile';

const HEADER =
  'Name,Headline,Location,GitHub URL,LinkedIn URL,Level,Years,Green flags,Yellow flags,Role match,Verdict,Stage,Tags,Notes,First captured,Last updated';

function candidate(overrides: Partial<Candidate> & { linkedin?: Partial<Profile['basics']> } = {}): Candidate {
  const { linkedin, ...rest } = overrides;
  return Candidate.parse({
    id: 'linkedin:ada-quill',
    aliases: ['linkedin:ada-quill', 'github:ada-dev'],
    githubLogin: 'ada-dev',
    profiles: {
      linkedin: Profile.parse({
        basics: {
          name: 'Ada Quill',
          label: 'Backend engineer',
          location: { city: 'Lisbon', countryCode: 'PT' },
          profiles: [{ network: 'LinkedIn', username: 'ada-quill', url: 'https://www.linkedin.com/in/ada-quill/' }],
          ...linkedin,
        },
        education: [{ institution: 'Universidade de Lisboa' }],
        capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/ada-quill/', capturedAt: '2026-11-01T09:00:00Z' },
      }),
    },
    screening: {
      green: ['database-experience', 'api-design'],
      yellow: ['no-testing-or-quality'],
      level: 'senior',
      years: 6.54,
      roleMatches: { backend: { met: 2, total: 3 }, platform: { met: 1, total: 4 } },
      screenedAt: '2026-11-01T09:00:00Z',
    },
    stage: 'screening',
    verdict: 'strong-yes',
    tags: ['payments', 'remote'],
    shortlists: ['backend'],
    firstCapturedAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-20T17:30:00Z',
    ...rest,
  });
}

const note = (text: string, at: string, candidateId = 'linkedin:ada-quill'): Note => ({ id: `${at}-${text}`, candidateId, text, at });

/** The flag columns as the registry names them. */
const FLAGS = ['database-experience', 'api-design'].map((id) => ruleById(id)!.label).join('; ') + ',' + ruleById('no-testing-or-quality')!.label;

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('candidatesToCsv', () => {
  test('writes a BOM, the documented header, CRLF after every row, and one row per candidate', () => {
    const csv = candidatesToCsv([candidate()], {
      notes: [note('Strong on Postgres', '2026-11-21T10:05:00Z'), note('Called, "keen"', '2026-11-20T08:00:00Z')],
      flagLabel: (id) => ({ 'database-experience': 'Database experience', 'api-design': 'API design', 'no-testing-or-quality': 'No testing' })[id] ?? id,
      roleId: 'backend',
    });
    const expected =
      '\uFEFF' +
      HEADER +
      '\r\n' +
      'Ada Quill,Backend engineer,"Lisbon, PT",https://github.com/ada-dev,https://www.linkedin.com/in/ada-quill/,Senior,6.5,' +
      'Database experience; API design,No testing,2 of 3,Strong yes,Screening,payments; remote,' +
      '"2026-11-20 08:00: Called, ""keen""\n2026-11-21 10:05: Strong on Postgres",2026-11-01 09:00,2026-11-20 17:30' +
      '\r\n';
    expect(csv).toBe(expected);
    expect([...utf8(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
  });

  test('an empty export is the BOM and the header', () => {
    expect(candidatesToCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });

  test('an unscreened candidate leaves level, years, flags and role match empty; no verdict is empty', () => {
    const csv = candidatesToCsv([candidate({ screening: null, verdict: null, tags: [], stage: 'sourced' })], { roleId: 'backend' });
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      'Ada Quill,Backend engineer,"Lisbon, PT",https://github.com/ada-dev,https://www.linkedin.com/in/ada-quill/,,,,,,,Sourced,,,2026-11-01 09:00,2026-11-20 17:30',
    );
  });

  test('hostile profile text is neutralised, so no cell starts a spreadsheet formula', () => {
    const hostile = candidate({
      linkedin: {
        name: '=HYPERLINK("http://x","y")',
        label: '+cmd',
        location: { city: '-2+3' },
      },
      tags: [],
    });
    const withTab = candidate({
      id: 'linkedin:tab',
      aliases: ['linkedin:tab'],
      githubLogin: null,
      tags: ['\tTabbed', 'ok'],
      linkedin: { name: '<b>Tab</b>', label: '<script>alert(1)</script>', location: {} },
    });
    const csv = candidatesToCsv([hostile, withTab], {
      notes: [note('ignored', '2026-11-21T10:05:00Z', 'nobody')],
    });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://x"",""y"")","'+cmd","'-2+3",https://github.com/ada-dev,https://www.linkedin.com/in/ada-quill/,Senior,6.5,` +
        `${FLAGS},,Strong yes,Screening,,,2026-11-01 09:00,2026-11-20 17:30`,
    );
    expect(lines[2]).toBe(
      `<b>Tab</b>,<script>alert(1)</script>,,,https://www.linkedin.com/in/ada-quill/,Senior,6.5,` +
        `${FLAGS},,Strong yes,Screening,"'\tTabbed; ok",,2026-11-01 09:00,2026-11-20 17:30`,
    );
    // Read back as a spreadsheet would: the text survives, prefixed, and every row has every column.
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.length)).toEqual([16, 16, 16]);
    expect(parsed.data[1]?.[0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(parsed.data[2]?.[1]).toBe('<script>alert(1)</script>');
  });

  test('a tag, a note or a name beginning with @, or a formula hidden behind a line break, is neutralised too', () => {
    const rows = candidatesToCsv([candidate({ tags: ['@SUM(A1)'], linkedin: { name: '=1+1\nhello' } })]).slice(1).split('\r\n');
    const parsed = Papa.parse<string[]>(rows.join('\r\n'), { newline: '\r\n', skipEmptyLines: true }).data[1]!;
    expect(parsed[0]).toBe("'=1+1\nhello");
    expect(parsed[12]).toBe("'@SUM(A1)");
  });

  test.each([
    ['spaces before =', '  =1+1', "'  =1+1"],
    ['a line break before =', '\n=1+1', "'\n=1+1"],
    ['a space before @', ' @SUM(A1)', "' @SUM(A1)"],
  ])('a formula behind leading white space is neutralised too (%s)', (_, tag, cell) => {
    const csv = candidatesToCsv([candidate({ tags: [tag] })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]?.[12]).toBe(cell);
  });

  test.each([
    ['a full-width equals sign', '\uFF1D1+1'],
    ['a full-width plus sign', '\uFF0Bcmd'],
    ['a full-width hyphen-minus', '\uFF0D2+3'],
    ['a full-width commercial at', '\uFF20SUM(A1)'],
    ['a small equals sign', '\uFE661+1'],
    ['the minus sign', '\u22122+3'],
    ['a zero-width space before =', '\u200B=1+1'],
    ['a word joiner before =', '\u2060=1+1'],
    ['a byte-order mark before +', '\uFEFF+cmd'],
    ['a right-to-left mark and spaces before @', ' \u200F @SUM(A1)'],
    ['an ideographic space before a full-width =', '\u3000\uFF1D1+1'],
    ['a no-break space before -', '\u00A0-2+3'],
  ])('a formula start in another form or behind invisible characters is neutralised (%s)', (_, tag) => {
    const csv = candidatesToCsv([candidate({ tags: [tag] })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]?.[12]).toBe(`'${tag}`);
  });

  test('white space before a location part is trimmed, so a city cannot smuggle a formula past the cell start either', () => {
    const csv = candidatesToCsv([candidate({ linkedin: { location: { city: '  =1+1', countryCode: ' PT ' } } })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data[1]?.[2]).toBe("'=1+1, PT");
  });

  test('text that merely contains = + - @ after other characters is left as it is', () => {
    const csv = candidatesToCsv([candidate({ tags: ['a=b', 'c - d'] })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data[1]?.[12]).toBe('a=b; c - d');
  });

  test('a profile link that is not http(s) is never exported', () => {
    const sneaky = candidate({
      id: 'linkedin:x',
      aliases: ['linkedin:x'],
      githubLogin: null,
      profiles: {
        linkedin: Profile.parse({
          basics: { name: 'X', profiles: [{ network: 'GitHub', username: 'x', url: 'javascript:alert(1)' }] },
          capture: { source: 'linkedin', url: 'javascript:alert(2)', capturedAt: '2026-11-01T09:00:00Z' },
        }),
      },
    });
    const [row] = csvRows([sneaky]);
    expect(row?.[3]).toBe('');
    expect(row?.[4]).toBe('https://www.linkedin.com/in/x/');
  });

  test('blind mode writes the alias and leaves out the name, location, profile URLs and schools', () => {
    const csv = candidatesToCsv([candidate()], { blind: true });
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      `${blindAlias('linkedin:ada-quill')},Backend engineer,,,,Senior,6.5,${FLAGS},,Strong yes,Screening,payments; remote,,2026-11-01 09:00,2026-11-20 17:30`,
    );
    expect(csv).not.toMatch(/Ada|Quill|Lisbon|ada-dev|Lisboa/);
  });

  test('blind mode writes the stored alias, unique in the database, not a guess from the id', () => {
    const [row] = csvRows([candidate({ blindAlias: 'Candidate 0A1B' })], { blind: true });
    expect(row?.[0]).toBe('Candidate 0A1B');
  });

  test('blind mode hides the person in the headline too: name, handle, school and city', () => {
    const csv = candidatesToCsv([candidate({ linkedin: { label: 'Ada Quill (ada-dev) — backend at Quillworks, Universidade de Lisboa alumna, Lisbon' } })], { blind: true });
    expect(csv).not.toMatch(/Ada|ada-dev|Lisboa|Lisbon/);
    expect(csv).toContain('backend at Quillworks');
  });

  test('dates follow the time zone given', () => {
    const [row] = csvRows([candidate()], { timeZone: 'America/New_York' });
    expect(row?.[14]).toBe('2026-11-01 04:00');
    expect(row?.[15]).toBe('2026-11-20 12:30');
  });
});

describe('role match', () => {
  test('is the shortlist role’s must-haves met, as the stored screening counted them', () => {
    const rows = csvRows([candidate()], { roleId: 'platform' });
    expect(rows[0]?.[9]).toBe('1 of 4');
  });

  test('is empty for All candidates and for a role the candidate was not screened against', () => {
    expect(csvRows([candidate()])[0]?.[9]).toBe('');
    expect(csvRows([candidate()], { roleId: 'data' })[0]?.[9]).toBe('');
  });

  test('a caller may count it another way (the CLI screens against one role)', () => {
    expect(csvRows([candidate()], { roleId: 'backend', roleMatch: () => ({ met: 0, total: 2 }) })[0]?.[9]).toBe('0 of 2');
  });
});

describe('csvFileName', () => {
  test.each([
    ['Backend engineer', 'backend-scout-backend-engineer-2026-11-23.csv'],
    ['All candidates', 'backend-scout-all-candidates-2026-11-23.csv'],
    ['Sénior Go / Kafka (EU)', 'backend-scout-senior-go-kafka-eu-2026-11-23.csv'],
    ['../../etc/passwd', 'backend-scout-etc-passwd-2026-11-23.csv'],
    ['***', 'backend-scout-shortlist-2026-11-23.csv'],
  ])('%s → %s', (name, file) => {
    expect(csvFileName(name, new Date('2026-11-23T12:00:00Z'))).toBe(file);
  });

  test('the date is the recruiter’s day, not UTC’s', () => {
    expect(csvFileName('Backend engineer', new Date('2026-11-23T23:30:00Z'), 'Asia/Tokyo')).toBe('backend-scout-backend-engineer-2026-11-24.csv');
  });
});
