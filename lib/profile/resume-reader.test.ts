/**
 * The lenient JSON Resume reader (DESIGN.md "Reading real files"): a file
 * from the wild is screened, not refused; a field that cannot be read is
 * dropped and named; only a file that is not a résumé at all is refused.
 */
import { describe, expect, it } from 'vitest';
import { Profile } from './profile';
import { MAX_RESUME_BYTES, READER_FIELDS, decodeResume, readProfileLeniently, readResumeBytes, readResumeText, readResumeValue } from './resume';

function read(data: unknown) {
  const r = readResumeValue(data);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('reading what people publish', () => {
  it('reads dates as people write them and keeps an impossible day as its month', () => {
    const { profile, warnings } = read({
      work: [
        { name: 'A', position: 'Engineer', startDate: 'June 2014', endDate: 'April 2017' },
        { name: 'B', position: 'Engineer', startDate: '07/2025', endDate: 'now' },
        { name: 'C', position: 'Engineer', startDate: '2024-09-31', endDate: 'Current' },
        { name: 'D', position: 'Développeur', startDate: 'mars 2019', endDate: "aujourd'hui" },
        { name: 'E', position: 'Programista', startDate: 'październik 2020', endDate: 'obecnie' },
      ],
    });
    expect(warnings).toEqual([]);
    expect(profile.work.map((w) => [w.startDate, w.endDate])).toEqual([
      ['2014-06', '2017-04'],
      ['2025-07', 'present'],
      ['2024-09', 'present'],
      ['2019-03', 'present'],
      ['2020-10', 'present'],
    ]);
  });

  it('reads an empty string or null as not given, without a warning', () => {
    const { profile, warnings } = read({
      basics: { name: 'Ana', label: '', email: null, location: { city: '', countryCode: null } },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01', endDate: '', url: null, highlights: ['', null, 'Built Go APIs.'] }],
      interests: null,
    });
    expect(warnings).toEqual([]);
    expect(profile.basics).toEqual({ name: 'Ana' });
    expect(profile.work[0]).toEqual({ name: 'Acme', position: 'Engineer', startDate: '2020-01', highlights: ['Built Go APIs.'] });
    expect(profile.interests).toBeUndefined();
  });

  it("drops a student template's empty entries", () => {
    const { profile } = read({
      basics: { name: 'Student' },
      work: [{ name: '', position: '', startDate: '', endDate: '', summary: '', highlights: [''] }],
      projects: [{ name: '', description: '', keywords: [] }, { name: 'Library API', description: 'Flask and SQLite.' }],
    });
    expect(profile.work).toEqual([]);
    expect(profile.projects.map((p) => p.name)).toEqual(['Library API']);
  });

  it("reads the older schema's names as their v1.0.0 counterparts", () => {
    const { profile, warnings } = read({
      basics: { name: 'Ron', picture: 'me.jpg', website: 'https://ron.example', tel: '555 0100' },
      work: [{ company: 'Cinch', website: 'https://cinch.example', position: 'Senior Engineer', startDate: '2016-11-07' }],
      volunteer: [{ company: 'Code Club', website: 'https://cc.example' }],
      education: [{ institution: 'Uni', gpa: '3.8' }],
      awards: [{ title: 'Hackathon', awardDate: '2015-05-01' }],
      publications: [{ name: 'Paper', website: 'https://paper.example' }],
      interests: ['climbing', 'chess'],
      skills: [{ name: 'Backend', keywords: 'Python, Django, PostgreSQL' }],
    });
    expect(warnings).toEqual([]);
    expect(profile.basics).toMatchObject({ image: 'me.jpg', url: 'https://ron.example', phone: '555 0100' });
    expect(profile.work[0]).toMatchObject({ name: 'Cinch', url: 'https://cinch.example' });
    expect(profile.volunteer?.[0]).toMatchObject({ organization: 'Code Club', url: 'https://cc.example' });
    expect(profile.education[0]?.score).toBe('3.8');
    expect(profile.awards?.[0]?.date).toBe('2015-05-01');
    expect(profile.publications?.[0]?.url).toBe('https://paper.example');
    expect(profile.interests).toEqual([{ name: 'climbing' }, { name: 'chess' }]);
    expect(profile.skills[0]?.keywords).toEqual(['Python', 'Django', 'PostgreSQL']);
  });

  it('keeps the technologies listed under a role or project', () => {
    const { profile } = read({
      work: [{ name: 'A', position: 'Dev', technologies: ['Go', 'Redis'] }],
      projects: [{ title: 'Shop', stack: 'Node.js, MongoDB' }],
    });
    expect(profile.work[0]?.keywords).toEqual(['Go', 'Redis']);
    expect(profile.projects[0]).toEqual({ name: 'Shop', keywords: ['Node.js', 'MongoDB'] });
  });

  it('reads numbers where text is expected, and a list of lines as one text', () => {
    const { profile } = read({
      basics: { phone: 5550100, location: { postalCode: 75011, city: 'Paris' }, summary: ['Backend engineer.', 'Go and Postgres.'] },
      work: [{ position: 'Engineer', highlights: 'Built the payments API.' }],
    });
    expect(profile.basics).toMatchObject({ phone: '5550100', location: { postalCode: '75011', city: 'Paris' }, summary: 'Backend engineer.\nGo and Postgres.' });
    expect(profile.work[0]?.highlights).toEqual(['Built the payments API.']);
  });

  it('drops a field that still cannot be read, names it, and reads the rest', () => {
    const { profile, warnings } = read({
      work: [
        { name: 'A', position: 'Engineer', startDate: '2019' },
        { name: 'B', position: 'Engineer', startDate: '2020' },
        { name: 'C', position: 'Engineer', startDate: 'sometime', highlights: ['Built Go services.'] },
        { name: 'D', position: { title: 42 }, endDate: 'soon' },
      ],
      skills: 42,
    });
    expect(warnings).toEqual([
      "work[2].startDate 'sometime' is not a date; ignored",
      'work[3].position is an object where text was expected; ignored',
      "work[3].endDate 'soon' is not a date; ignored",
      'skills is a number (42) where a list was expected; ignored',
    ]);
    expect(profile.work[2]).toEqual({ name: 'C', position: 'Engineer', highlights: ['Built Go services.'] });
    expect(profile.work).toHaveLength(4);
  });

  it('reads meta.lastModified', () => {
    expect(read({ basics: {}, meta: { lastModified: '2018-04-02T10:00:00' } }).profile.meta?.lastModified).toBe('2018-04-02T10:00:00');
    expect(read({ basics: {}, meta: { lastModified: 'April 2018' } }).profile.meta?.lastModified).toBe('2018-04');
  });

  it('reads profiles written as an object keyed by network (before v0.0.0)', () => {
    const { profile } = read({ basics: { profiles: { github: 'ada-dev', twitter: 'https://twitter.com/ada' } } });
    expect(profile.basics.profiles).toEqual([
      { network: 'github', username: 'ada-dev' },
      { network: 'twitter', url: 'https://twitter.com/ada' },
    ]);
  });
});

describe('what is not a résumé at all', () => {
  const refused: [string, unknown, string][] = [
    ['an array', [1, 2, 3], 'not a JSON Resume: expected an object, got an array'],
    ['a number', 42, 'not a JSON Resume: expected an object, got a number'],
    ['a package.json', { name: 'left-pad', version: '1.0.0' }, 'not a JSON Resume: none of basics, work or skills is there'],
    ['only empty sections', { basics: null, work: '', skills: null }, 'not a JSON Resume: none of basics, work or skills is there'],
  ];
  it.each(refused)('refuses %s', (_name, data, error) => expect(readResumeValue(data)).toEqual({ ok: false, error }));

  it('refuses text that is not JSON', () => {
    const r = readResumeText('{ "basics": { "name": "Ana" ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^not JSON \(/);
  });
});

describe('encodings and size', () => {
  const resume = JSON.stringify({ basics: { name: 'Zoé Łukasiewicz' } });
  const utf16le = (text: string) => {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      out[2 + i * 2] = text.charCodeAt(i) & 0xff;
      out[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return out;
  };
  const name = (r: ReturnType<typeof readResumeBytes>) => (r.ok ? r.profile.basics.name : r.error);

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(name(readResumeBytes(new TextEncoder().encode(resume)))).toBe('Zoé Łukasiewicz');
    expect(name(readResumeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(resume)])))).toBe('Zoé Łukasiewicz');
  });
  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    const le = utf16le(resume);
    expect(name(readResumeBytes(le))).toBe('Zoé Łukasiewicz');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(name(readResumeBytes(be))).toBe('Zoé Łukasiewicz');
  });
  it('names another encoding instead of guessing', () => {
    // "Zoé" in Latin-1: é is one byte, 0xE9, which is not UTF-8.
    const latin1 = Uint8Array.from('{"basics":{"name":"Zoé"}}', (c) => c.charCodeAt(0));
    expect(decodeResume(latin1)).toEqual({ ok: false, error: 'not UTF-8: it looks like Latin-1 (ISO-8859-1) or Windows-1252; save it as UTF-8 and try again' });
    const utf16NoBom = utf16le(resume).subarray(2);
    expect(decodeResume(utf16NoBom)).toMatchObject({ ok: false, error: expect.stringContaining('UTF-16 (little-endian) without a byte-order mark') });
  });
  it('refuses a file over 20 MB', () => {
    const big = new Uint8Array(MAX_RESUME_BYTES + 1);
    expect(decodeResume(big)).toEqual({ ok: false, error: 'too large for a résumé (20.0 MB; at most 20 MB is read)' });
  });
});

describe('profiles stored by the extension', () => {
  it('keeps a valid capture and drops a damaged one with a warning', () => {
    const capture = { source: 'linkedin', url: 'https://www.linkedin.com/in/ana', capturedAt: '2026-11-01T00:00:00Z' };
    expect(readProfileLeniently({ basics: { name: 'Ana' }, capture }).profile.capture).toMatchObject(capture);
    const damaged = readProfileLeniently({ basics: { name: 'Ana' }, capture: { source: 'myspace' } });
    expect(damaged.profile.capture).toBeUndefined();
    expect(damaged.warnings).toEqual(['capture could not be read; ignored']);
  });
});

describe('the reader and the profile schema', () => {
  // A field added to the profile but not to the reader would be dropped from every résumé and every imported backup.
  const unwrap = (schema: unknown): unknown => {
    let s = schema as { def?: { innerType?: unknown; element?: unknown }; shape?: Record<string, unknown> };
    for (;;) {
      if (s.def?.innerType) s = s.def.innerType as typeof s;
      else if (s.def?.element) s = s.def.element as typeof s;
      else return s;
    }
  };
  it.each(Object.keys(READER_FIELDS))('knows every field of %s', (section) => {
    const shape = (unwrap(Profile.shape[section as keyof typeof Profile.shape]) as { shape: Record<string, unknown> }).shape;
    expect([...(READER_FIELDS[section] ?? [])].sort()).toEqual(Object.keys(shape).sort());
  });
  it('reads every section of the profile', () => {
    expect(Object.keys(READER_FIELDS).sort()).toEqual(Object.keys(Profile.shape).filter((k) => k !== 'capture' && k !== 'meta').sort());
  });
});
