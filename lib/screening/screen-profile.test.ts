import { describe, expect, it } from 'vitest';
import { Profile } from '../profile/profile';
import { PROBES, PROBES_BY_LEVEL, ScreeningResult, YELLOW_FLAG_IDS, screenProfile } from './';
import { NOW, contribution, github, repo } from '../../tests/support/screening';

describe('screenProfile', () => {
  const profile = Profile.parse({
    basics: { label: 'Backend Developer', summary: 'Backend developer who loves clean architecture.' },
    work: [{ name: 'Shop', position: 'Backend Developer', startDate: '2023-01', highlights: ['Worked on microservices.'] }],
    capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/someone', capturedAt: '2026-11-01T00:00:00Z' },
  });
  const result = screenProfile({ profile, now: NOW });

  it('returns a result its own schema accepts, as stored in IndexedDB', () => {
    expect(ScreeningResult.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });
  it('takes the evidence source and link from the capture', () => {
    const flag = result.flags.find((f) => f.id === 'generic-backend');
    expect(flag?.evidence[0]).toEqual({ source: 'linkedin', text: 'Backend Developer', url: 'https://www.linkedin.com/in/someone' });
  });
  it('asks one probe per question for the yellow flags raised', () => {
    expect(result.flags.map((f) => f.id)).toEqual(['generic-backend', 'no-database-or-api', 'no-production-exposure', 'no-testing-or-quality']);
    expect(result.probes.map((p) => p.flag)).toEqual(['generic-backend', 'no-database-or-api', 'no-database-or-api', 'no-production-exposure', 'no-testing-or-quality']);
    // Nearly four years: a mid-level engineer is asked about owning a feature end to end.
    expect(result.seniority.level).toBe('mid');
    expect(result.probes[0]?.question).toMatch(/owned end to end/);
  });
  it('has a probe for every yellow flag at every level', () => {
    for (const level of ['fundamentals', 'ownership', 'design'] as const) {
      for (const id of YELLOW_FLAG_IDS) expect(PROBES_BY_LEVEL[level][id]?.length, `${level} ${id}`).toBeGreaterThan(0);
    }
    expect(PROBES).toBe(PROBES_BY_LEVEL.design);
  });
  it('never raises a flag from missing GitHub data', () => {
    const withEmptyGitHub = screenProfile({ profile, github: github(), now: NOW });
    expect(withEmptyGitHub.flags.map((f) => f.id)).toEqual(result.flags.map((f) => f.id));
  });
  it('reads GitHub evidence with repository and pull request links', () => {
    const gh = github(
      [repo({ name: 'ledger', language: 'Go', dependencies: ['github.com/jackc/pgx/v5'], rootFiles: ['tests'], workflows: ['ci.yml'] })],
      [contribution({ repository: 'jackc/pgx' })],
    );
    const r = screenProfile({ profile: Profile.parse({}), github: gh, now: NOW });
    const byId = Object.fromEntries(r.flags.map((f) => [f.id, f]));
    expect(Object.keys(byId)).toEqual(['language-proficiency', 'database-experience', 'testing-deployment', 'oss-backend-contributions', 'no-production-exposure']);
    expect(byId['oss-backend-contributions']?.evidence[0]).toMatchObject({ source: 'github', url: 'https://github.com/jackc/pgx/pull/42' });
    expect(byId['database-experience']?.evidence[0]?.url).toBe('https://github.com/dana/ledger');
  });
  it('keeps evidence short and sentences whole when they are short', () => {
    const long = `Built ${'many '.repeat(100)}services on PostgreSQL ${'and more '.repeat(60)}.`;
    const r = screenProfile({ profile: Profile.parse({ work: [{ position: 'Engineer', summary: long }] }), now: NOW });
    const text = r.flags.find((f) => f.id === 'database-experience')?.evidence[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(202);
    expect(text).toContain('PostgreSQL');
  });
  it('ignores name, location and school (fairness)', () => {
    const base = { work: [{ position: 'Engineer', startDate: '2020-01', highlights: ['Built Go APIs on Redis.'] }] };
    const a = screenProfile({ profile: Profile.parse(base), now: NOW });
    const b = screenProfile({
      profile: Profile.parse({
        ...base,
        basics: { name: 'Ruby Spring', location: { city: 'Rust Belt Town' } },
        education: [{ institution: 'Go University' }],
      }),
      now: NOW,
    });
    expect(b.flags).toEqual(a.flags);
    expect(b.seniority).toEqual(a.seniority);
  });
});
