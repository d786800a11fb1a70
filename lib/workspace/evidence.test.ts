/**
 * Evidence as the popup and the side panel's detail show it: the person's
 * words with where they wrote them, the product's findings as findings, each
 * quotation once across flags and must-haves, and GitHub in one line.
 */
import { describe, expect, test } from 'vitest';
import { Profile } from '../profile/profile';
import { GitHubEvidence } from '../profile/github-evidence';
import { screenProfile } from '../screening';
import { evidenceItem, evidenceView, findingWords, githubSummary, placeOf, profileSections } from './evidence';

const LEDGER = 'Designed and built the REST and gRPC APIs of the payments ledger in Go on PostgreSQL.';
const profile = Profile.parse({
  basics: { name: 'Ines Lind', label: 'Backend engineer', summary: 'I build payment backends and run them in production, on call for 40k requests per second.' },
  work: [
    { name: 'Ledger Systems', position: 'Senior Backend Engineer', startDate: '2019-03', summary: LEDGER },
    { name: 'Cargoly', position: 'Software Engineer', startDate: '2015-01', endDate: '2019-02', summary: 'Ran the tracking service.' },
  ],
  skills: [{ name: 'Go' }, { name: 'Kafka' }],
  capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/ines-lind/', capturedAt: '2026-11-02T12:00:00Z' },
});

describe('where a quotation was written', () => {
  const sections = profileSections(profile);
  test.each([
    [LEDGER, 'Experience · Ledger Systems'],
    ['…REST and gRPC APIs of the payments ledger…', 'Experience · Ledger Systems'],
    ['on call for 40k requests per second', 'About'],
    ['Kafka', 'Skills'],
  ])('%s → %s', (text, place) => expect(placeOf(sections, text)).toBe(place));

  test('words the person never wrote are nobody’s quotation', () => {
    expect(placeOf(sections, 'Nothing about tests, code review, CI or quality practice in the LinkedIn profile.')).toBeNull();
    expect(evidenceItem({ source: 'linkedin', text: 'Nothing about tests in the LinkedIn profile.' }, sections)).toEqual({
      kind: 'finding',
      text: 'Found nothing about tests in the LinkedIn profile.',
      key: 'finding:nothing about tests in the linkedin profile.',
    });
  });

  test('a GitHub bio is the person’s words, named as their bio', () => {
    const github = Profile.parse({ basics: { summary: 'Go and Postgres; on-call for a payments API.' }, capture: { source: 'github', capturedAt: '2026-11-02T12:00:00Z' } });
    expect(evidenceItem({ source: 'github', text: 'Go and Postgres; on-call for a payments API.', url: 'https://github.com/x' }, profileSections(github))).toMatchObject({ kind: 'quote', place: 'GitHub bio' });
  });

  test('a repository or a pull request links its subject and reads its reason', () => {
    expect(evidenceItem({ source: 'github', text: 'acme/ledger: Go, PostgreSQL', url: 'https://github.com/acme/ledger' }, [])).toEqual({
      kind: 'github',
      title: 'acme/ledger',
      detail: 'Go, PostgreSQL',
      url: 'https://github.com/acme/ledger',
      key: 'github:https://github.com/acme/ledger',
    });
  });

  test('GitHub plumbing in plain words', () => {
    expect(evidenceItem({ source: 'github', text: 'acme/rpc: topic: grpc, written in Go', url: 'https://github.com/acme/rpc' }, [])).toMatchObject({ detail: 'tagged grpc, written in Go' });
  });

  test('findings are worded as the product’s', () => {
    expect(findingWords('Nothing about production in the résumé.')).toBe('Found nothing about production in the résumé.');
    expect(findingWords('18 technologies listed; 11 never appear in a role or project.')).toBe('18 technologies listed; 11 never appear in a role or project.');
  });
});

describe('each quotation once', () => {
  const result = screenProfile({ profile, now: new Date('2026-11-02T12:00:00Z') });
  const view = evidenceView(result, profile);
  const shown = view.flags.flatMap((f) => [f.lead, ...f.more]).concat(view.mustHave.map((s) => s.evidence)).filter((item) => item !== null);

  test('the ledger sentence supports several flags but appears once', () => {
    const flagsWithIt = result.flags.filter((f) => f.evidence.some((e) => e.text.includes('payments ledger')));
    expect(flagsWithIt.length).toBeGreaterThan(1);
    expect(shown.filter((item) => item.kind === 'quote' && item.text.includes('payments ledger'))).toHaveLength(1);
    expect(new Set(shown.map((item) => item.key)).size).toBe(shown.length);
  });

  test('a flag whose words were all shown above points to the flag that shows them', () => {
    const pointing = view.flags.filter((f) => f.lead === null && f.sameAs);
    for (const flag of pointing) expect(view.flags.findIndex((f) => f.label === flag.sameAs)).toBeLessThan(view.flags.indexOf(flag));
    expect(view.flags.every((f) => f.lead !== null || f.sameAs !== null || result.flags.find((r) => r.id === f.id)!.evidence.length === 0)).toBe(true);
  });

  test('green flags come first, and the strongest item leads: a quotation before a finding', () => {
    const kinds = view.flags.map((f) => f.kind);
    expect(kinds.indexOf('yellow') === -1 || kinds.lastIndexOf('green') < kinds.indexOf('yellow')).toBe(true);
    for (const flag of view.flags) if (flag.lead?.kind === 'finding') expect(flag.more.every((m) => m.kind === 'finding')).toBe(true);
  });

  test('a yellow flag carries its screen-call question', () => {
    const yellow = view.flags.find((f) => f.kind === 'yellow');
    if (yellow) expect(yellow.probes.length).toBeGreaterThan(0);
  });
});

describe('GitHub in one line', () => {
  const base = { login: 'ines', fetchedAt: '2026-11-02T12:00:00Z' };
  const repo = (name: string) => ({ fullName: `ines/${name}`, name, url: `https://github.com/ines/${name}`, description: null, language: 'Go', stars: 0, isFork: false, createdAt: null, pushedAt: null, backend: { value: true, reasons: [] }, tutorial: { value: false, reasons: [] } });
  const pr = (backend: boolean) => ({ repository: 'acme/db', repositoryUrl: 'https://github.com/acme/db', url: 'https://github.com/acme/db/pull/1', title: 'Fix', mergedAt: null, backend: { value: backend, reasons: [] } });
  test.each([
    [{ repositories: [repo('a'), repo('b')], contributions: [pr(true), pr(true), pr(false)] }, "GitHub: 2 repositories read, 2 merged pull requests to others' backend projects"],
    [{ repositories: [repo('a')], contributions: [pr(false)] }, "GitHub: 1 repository read, 1 merged pull request to others' projects"],
    [{ repositories: [], contributions: [] }, 'GitHub: 0 repositories read, no merged pull requests to others’ projects'],
  ])('%#', (evidence, line) => expect(githubSummary(GitHubEvidence.parse({ ...base, ...evidence }))).toBe(line));
  test('nothing read, nothing said', () => expect(githubSummary(undefined)).toBeNull());
});

test('a flag leads with words of its own even when an earlier flag also has them among its others', () => {
  const q1 = 'Designed and built the REST and gRPC APIs of the payments ledger';
  const q2 = 'Ran the tracking service.';
  const role = { name: 'r', mustHave: [], niceToHave: [], mustHaveMet: 0, niceToHaveMet: 0, minimumLevel: null, levelMet: null };
  const flags = [
    { id: 'api-design', kind: 'green', label: 'API design', evidence: [{ source: 'linkedin', text: q1 }, { source: 'linkedin', text: q2 }] },
    { id: 'production-scale', kind: 'green', label: 'Production', evidence: [{ source: 'linkedin', text: q2 }] },
    { id: 'database-experience', kind: 'green', label: 'Database', evidence: [{ source: 'linkedin', text: q1 }] },
  ] as const;
  const view = evidenceView({ flags: flags as never, probes: [], role }, profile);
  expect(view.flags.map((f) => [f.label, f.lead?.kind === 'quote' ? f.lead.text : null, f.more.length, f.sameAs])).toEqual([
    ['API design', q1, 0, null],
    ['Production', q2, 0, null],
    ['Database', null, 0, 'API design'],
  ]);
});
