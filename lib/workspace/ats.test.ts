/**
 * Each ATS format's header and rows, byte for byte (DESIGN.md "Shaped for an
 * ATS"), and the rules every format shares with the extension's own CSV.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { Profile } from '../profile/profile';
import { Candidate, type Note } from '../store/records';
import { ATS_FORMATS, FORMAT_IDS, exportCandidates, exportFileName, type FormatId } from './ats';
import { candidatesToCsv } from './csv';

const flagLabel = (id: string) => ({ 'database-experience': 'Database experience', 'api-design': 'API design', 'no-testing-or-quality': 'No testing' })[id] ?? id;

/** A fictional person captured on LinkedIn and GitHub, with a résumé, screened, marked and noted. */
const ada = Candidate.parse({
  id: 'linkedin:ada-quill',
  aliases: ['linkedin:ada-quill', 'github:ada-dev'],
  githubLogin: 'ada-dev',
  profiles: {
    linkedin: Profile.parse({
      basics: {
        name: 'Ada Quill, PhD',
        label: 'Backend engineer',
        email: 'ada@linked.example',
        location: { city: 'Lisbon', countryCode: 'PT' },
        profiles: [
          { network: 'LinkedIn', username: 'ada-quill', url: 'https://www.linkedin.com/in/ada-quill/' },
          { network: 'GitHub', username: 'ada-dev', url: 'https://github.com/ada-dev' },
        ],
      },
      work: [
        { name: 'Tillpoint', position: 'Senior Backend Engineer', startDate: '2022-02' },
        { name: 'Carrow', position: 'Engineer', startDate: '2019-01', endDate: '2022-01' },
      ],
      capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/ada-quill/', capturedAt: '2026-11-01T09:00:00Z' },
    }),
    github: Profile.parse({
      basics: {
        name: 'Ada Quill',
        url: 'https://ada.example.dev',
        profiles: [
          { network: 'GitHub', username: 'ada-dev', url: 'https://github.com/ada-dev' },
          { network: 'Mastodon', username: 'ada', url: 'https://hachyderm.io/@ada' },
        ],
      },
      capture: { source: 'github', url: 'https://github.com/ada-dev', capturedAt: '2026-11-01T09:05:00Z' },
    }),
    resume: Profile.parse({ basics: { email: 'ada.quill@example.com', phone: '+351 912 000 111' } }),
  },
  screening: {
    green: ['database-experience', 'api-design'],
    yellow: ['no-testing-or-quality'],
    level: 'senior',
    years: 6.54,
    roleMatches: { backend: { met: 2, total: 3 } },
    screenedAt: '2026-11-01T09:00:00Z',
  },
  stage: 'contacted',
  tags: ['payments'],
  doNotContact: { reason: 'Asked not to be contacted', at: '2026-11-10T12:00:00Z' },
  contacted: { on: '2026-11-05', roleId: null },
  shortlists: ['backend'],
  firstCapturedAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-20T17:30:00Z',
});

/** A GitHub account with no name, an email only on its public profile, and a company that is a formula. */
const quiet = Candidate.parse({
  id: 'github:quiet-dev',
  aliases: ['github:quiet-dev'],
  githubLogin: 'quiet-dev',
  profiles: {
    github: Profile.parse({
      basics: { email: 'quiet@example.org', profiles: [{ network: 'GitHub', username: 'quiet-dev', url: 'https://github.com/quiet-dev' }] },
      work: [{ name: '=HYPERLINK("http://evil.example","x")' }],
      capture: { source: 'github', url: 'https://github.com/quiet-dev', capturedAt: '2026-11-02T09:00:00Z' },
    }),
  },
  firstCapturedAt: '2026-11-02T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
});

const notes: Note[] = [
  { id: 'n2', candidateId: 'linkedin:ada-quill', text: 'Called, "keen"', at: '2026-11-03T08:30:00Z' },
  { id: 'n1', candidateId: 'linkedin:ada-quill', text: 'Strong on Postgres', at: '2026-11-02T10:00:00Z' },
];

const ADA_NOTES =
  'Do not contact: Asked not to be contacted (marked 2026-11-10)\n' +
  'Contacted on 2026-11-05\n' +
  'Backend Scout: Senior, 6.5 years; green flags: Database experience, API design; yellow flags: No testing\n' +
  '2026-11-02 10:00: Strong on Postgres\n' +
  '2026-11-03 08:30: Called, ""keen""';

function exported(format: FormatId, candidates = [ada, quiet], includeFoundEmails = false) {
  return exportCandidates(candidates, format, { notes, flagLabel, includeFoundEmails, roleName: 'Backend engineer', fileName: (part) => `${format}${part ? `-${part}` : ''}.csv` });
}

describe('each format, byte for byte', () => {
  test('linkedin-recruiter: its eleven columns in its order', () => {
    const out = exported('linkedin-recruiter');
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.text).toBe(
      '\uFEFF' +
        'First name,Last name,Email,Phone,Job title,Company,Location,Pipeline stage,Note,Note visibility,Tags\r\n' +
        `Ada,Quill,ada.quill@example.com,"'+351 912 000 111",Senior Backend Engineer,Tillpoint,"Lisbon, PT",Contacted,"${ADA_NOTES}",PROJECT_MEMBERS,"payments, Do not contact"\r\n` +
        `quiet-dev,,,,,"'=HYPERLINK(""http://evil.example"",""x"")",,Uncontacted,,PROJECT_MEMBERS,\r\n`,
    );
  });

  test('greenhouse: the prospect import’s seventeen columns', () => {
    expect(exported('greenhouse').files[0]!.text).toBe(
      '\uFEFF' +
        'First Name,Last Name,Company,Title,Notes,Email,Phone,Social Media,Website,Address,Source,Who gets credit,Job,Department,Office,Prospect Pool,Prospect Stage\r\n' +
        `Ada,Quill,Tillpoint,Senior Backend Engineer,"${ADA_NOTES}",ada.quill@example.com,"'+351 912 000 111","https://www.linkedin.com/in/ada-quill/, https://github.com/ada-dev, https://hachyderm.io/@ada",https://ada.example.dev,"Lisbon, PT",LinkedIn,,,,,Backend engineer,Contacted\r\n` +
        `quiet-dev,,"'=HYPERLINK(""http://evil.example"",""x"")",,,,,https://github.com/quiet-dev,,,GitHub,,,,,Backend engineer,Sourced\r\n`,
    );
  });

  test('lever: origin Sourced, stage New Lead, multi-values joined with ", "', () => {
    expect(exported('lever').files[0]!.text).toBe(
      '\uFEFF' +
        'Full name,Email,Phone,Location,Current company,Current title,Links,Tags,Sources,Origin,Stage,Notes\r\n' +
        `Ada Quill,ada.quill@example.com,"'+351 912 000 111","Lisbon, PT",Tillpoint,Senior Backend Engineer,"https://www.linkedin.com/in/ada-quill/, https://github.com/ada-dev, https://ada.example.dev, https://hachyderm.io/@ada","payments, Do not contact, Stage: Contacted",LinkedIn,Sourced,New Lead,"${ADA_NOTES}"\r\n` +
        `quiet-dev,,,,"'=HYPERLINK(""http://evil.example"",""x"")",,https://github.com/quiet-dev,,GitHub,Sourced,New Lead,\r\n`,
    );
  });

  test('ashby: its twelve columns', () => {
    expect(exported('ashby').files[0]!.text).toBe(
      '\uFEFF' +
        'Name,Email,Phone,LinkedIn URL,GitHub URL,Website,Location,Current Company,Current Title,Source,Tags,Notes\r\n' +
        `Ada Quill,ada.quill@example.com,"'+351 912 000 111",https://www.linkedin.com/in/ada-quill/,https://github.com/ada-dev,https://ada.example.dev,"Lisbon, PT",Tillpoint,Senior Backend Engineer,LinkedIn,"payments, Do not contact","${ADA_NOTES}"\r\n` +
        `quiet-dev,,,,https://github.com/quiet-dev,,,"'=HYPERLINK(""http://evil.example"",""x"")",,GitHub,,\r\n`,
    );
  });

  test('backend-scout: the extension’s own columns, unchanged', () => {
    const out = exportCandidates([ada, quiet], 'backend-scout', { notes, flagLabel, roleId: 'backend', fileName: () => 'x.csv' });
    expect(out.files[0]!.text).toBe(candidatesToCsv([ada, quiet], { notes, flagLabel, roleId: 'backend' }));
  });

  test('the column lists are DESIGN.md’s', () => {
    expect(ATS_FORMATS['linkedin-recruiter'].columns).toHaveLength(11);
    expect(ATS_FORMATS.greenhouse.columns).toHaveLength(17);
    expect(ATS_FORMATS.lever.columns).toHaveLength(12);
    expect(ATS_FORMATS.ashby.columns).toHaveLength(12);
  });
});

describe('emails and names', () => {
  test('rows without a permitted email are counted and said; a found email goes in only when asked', () => {
    const without = exported('lever');
    expect(without.withoutEmail).toBe(1);
    expect(without.warnings[0]).toBe(
      '1 row has no email you may export (Lever uses the email to catch duplicate profiles); emails found on public profiles are left out unless you include them.',
    );
    const withFound = exported('lever', [ada, quiet], true);
    expect(withFound.withoutEmail).toBe(0);
    expect(Papa.parse<string[]>(withFound.files[0]!.text.slice(1)).data[2]![1]).toBe('quiet@example.org');
    // The résumé's email still wins over a found one.
    expect(Papa.parse<string[]>(withFound.files[0]!.text.slice(1)).data[1]![1]).toBe('ada.quill@example.com');
  });

  test('a profile without a name uses the account name, and the export says so', () => {
    expect(exported('ashby').warnings).toContain('1 profile shows no name, so the account name stands in: quiet-dev.');
    expect(exported('linkedin-recruiter').warnings).toContain('1 name is one word, so the Last name cell is empty (LinkedIn Recruiter asks for one): quiet-dev.');
    // Formats with one name column do not warn about last names.
    expect(exported('lever').warnings.some((w) => w.includes('Last name'))).toBe(false);
  });
});

describe('row limits', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      Candidate.parse({
        ...quiet,
        id: `github:dev-${String(i).padStart(3, '0')}`,
        aliases: [`github:dev-${String(i).padStart(3, '0')}`],
        profiles: { github: Profile.parse({ basics: { name: `Dev ${i}` }, capture: { source: 'github', capturedAt: '2026-11-02T09:00:00Z' } }) },
      }),
    );

  test('LinkedIn Recruiter: at most 200 candidates a file, each file with its header, in order', () => {
    const out = exportCandidates(many(450), 'linkedin-recruiter', { fileName: (part) => `linkedin-recruiter-${part}.csv` });
    expect(out.files.map((f) => [f.name, f.rows])).toEqual([
      ['linkedin-recruiter-1.csv', 200],
      ['linkedin-recruiter-2.csv', 200],
      ['linkedin-recruiter-3.csv', 50],
    ]);
    for (const file of out.files) {
      expect(file.text.startsWith('\uFEFFFirst name,Last name,')).toBe(true);
      expect(file.text.split('\r\n').length - 2).toBe(file.rows);
    }
    expect(Papa.parse<string[]>(out.files[1]!.text.slice(1)).data[1]![0]).toBe('Dev');
    expect(Papa.parse<string[]>(out.files[1]!.text.slice(1)).data[1]![1]).toBe('200');
    expect(out.warnings).toContain('LinkedIn Recruiter takes at most 200 candidates a file: 3 files, import each one.');
  });

  test('exactly 200 is one file; other formats are never split', () => {
    expect(exportCandidates(many(200), 'linkedin-recruiter', { fileName: (p) => `x${p ?? ''}` }).files.map((f) => f.name)).toEqual(['x']);
    expect(exportCandidates(many(201), 'lever', { fileName: (p) => `x${p ?? ''}` }).files).toHaveLength(1);
  });

  test('nobody to export is a header-only file', () => {
    for (const format of FORMAT_IDS) {
      const out = exportCandidates([], format, { fileName: () => 'x.csv' });
      expect(out.files).toHaveLength(1);
      expect(out.files[0]!.text.endsWith('\r\n')).toBe(true);
      expect(out.files[0]!.text.split('\r\n')).toHaveLength(2);
    }
  });

  test('file names say the format, the shortlist and the day, and the part when split', () => {
    const day = new Date('2026-11-23T10:00:00Z');
    expect(exportFileName('greenhouse', 'Backend engineer', day)).toBe('greenhouse-backend-engineer-2026-11-23.csv');
    expect(exportFileName('linkedin-recruiter', 'All candidates', day, 'UTC', 2)).toBe('linkedin-recruiter-all-candidates-2026-11-23-2.csv');
  });
});
