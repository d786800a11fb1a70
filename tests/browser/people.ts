/**
 * Fictional candidates with whole profiles (a career, skills, a screening
 * summary), for the side-panel tests that look at cards and the detail's
 * evidence, and a seeding helper that writes them into the extension's own
 * IndexedDB through a page of the extension.
 */
import type { Page } from 'playwright-core';
import { Candidate, type Note } from '../../lib/store/records';
import { Profile } from '../../lib/profile/profile';
import { BACKEND_ENGINEER_ROLE } from '../../lib/screening';
import { summarise } from '../../lib/workspace/screen-candidate';

export const ROLES = [
  { ...BACKEND_ENGINEER_ROLE, id: 'backend-engineer', updatedAt: '2026-11-01T00:00:00Z' },
  { ...BACKEND_ENGINEER_ROLE, name: 'Platform team', id: 'platform', updatedAt: '2026-11-01T00:00:00Z' },
];

interface Career {
  slug: string;
  name: string;
  headline: string;
  city?: string;
  summary?: string;
  work: Array<{ name: string; position: string; startDate: string; endDate?: string; summary: string }>;
  skills?: string[];
  verdict?: Candidate['verdict'];
  stage?: Candidate['stage'];
  tags?: string[];
  shortlists: string[];
  updatedAt: string;
}

/** A LinkedIn capture, screened by the real engine (as the worker would have). */
export function careerCandidate(p: Career): Candidate {
  const profile = Profile.parse({
    basics: {
      name: p.name,
      label: p.headline,
      summary: p.summary,
      location: p.city ? { city: p.city } : undefined,
      profiles: [{ network: 'LinkedIn', username: p.slug, url: `https://www.linkedin.com/in/${p.slug}/` }],
    },
    work: p.work,
    skills: (p.skills ?? []).map((name) => ({ name })),
    capture: { source: 'linkedin', url: `https://www.linkedin.com/in/${p.slug}/`, capturedAt: '2026-11-02T12:00:00Z' },
  });
  const base = { profiles: { linkedin: profile } };
  return Candidate.parse({
    id: `linkedin:${p.slug}`,
    aliases: [`linkedin:${p.slug}`],
    ...base,
    screening: summarise(base, undefined, ROLES, new Date('2026-11-02T12:00:00Z')),
    stage: p.stage ?? 'sourced',
    verdict: p.verdict ?? null,
    tags: p.tags ?? [],
    shortlists: p.shortlists,
    firstCapturedAt: '2026-11-02T12:00:00Z',
    updatedAt: p.updatedAt,
  });
}

export const TEAM: Candidate[] = [
  careerCandidate({
    slug: 'ines-ledger',
    name: 'Inês Carvalho-Lindqvist',
    headline: 'Senior Backend Engineer · Go, PostgreSQL, Kafka',
    city: 'Lisbon',
    summary: 'Backend engineer who builds payment platforms. On-call for services handling 40k requests per second.',
    work: [
      {
        name: 'Ledger Systems',
        position: 'Senior Backend Engineer',
        startDate: '2019-03',
        summary: 'Designed and built the REST and gRPC APIs of the payments ledger in Go on PostgreSQL; introduced contract tests and CI/CD with GitHub Actions.',
      },
      {
        name: 'Cargoly',
        position: 'Software Engineer',
        startDate: '2015-01',
        endDate: '2019-02',
        summary: 'Ran the shipment tracking service in Java with Redis and Kafka; cut p99 latency by 40% and set up Prometheus and Grafana dashboards.',
      },
    ],
    skills: ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes'],
    verdict: 'strong-yes',
    stage: 'screening',
    tags: ['payments', 'remote'],
    shortlists: ['backend-engineer'],
    updatedAt: '2026-11-22T12:00:00Z',
  }),
  careerCandidate({
    slug: 'tomas-student',
    name: 'Tomás Ruiz',
    headline: 'Computer Science student · looking for a backend internship',
    city: 'Madrid',
    work: [{ name: 'Campus IT', position: 'Student assistant', startDate: '2025-09', summary: 'Helped students with laptops and printers.' }],
    skills: ['Python', 'Java', 'SQL', 'Docker', 'React', 'Figma', 'Kubernetes', 'Redis', 'MongoDB', 'AWS', 'Go', 'Rust', 'Kafka'],
    stage: 'sourced',
    shortlists: ['backend-engineer'],
    updatedAt: '2026-11-21T12:00:00Z',
  }),
  careerCandidate({
    slug: 'noor-platform',
    name: 'Noor Haddad',
    headline: 'Staff Site Reliability Engineer',
    work: [
      {
        name: 'Helio Health',
        position: 'Staff SRE',
        startDate: '2016-05',
        summary: 'Owns incident response and SLOs for 70 microservices on Kubernetes; built the Terraform modules and Datadog monitors every team uses.',
      },
    ],
    verdict: 'maybe',
    stage: 'contacted',
    tags: ['platform'],
    shortlists: ['platform', 'backend-engineer'],
    updatedAt: '2026-11-20T12:00:00Z',
  }),
  careerCandidate({
    slug: 'ben-generic',
    name: 'Ben Okafor',
    headline: 'Backend developer',
    city: 'Lagos',
    work: [{ name: 'Tessera', position: 'Backend Developer', startDate: '2022-01', summary: 'Worked on backend features and server-side improvements for the product.' }],
    verdict: 'no',
    stage: 'not-a-fit',
    shortlists: ['backend-engineer'],
    updatedAt: '2026-11-19T12:00:00Z',
  }),
];

export const TEAM_NOTES: Note[] = [{ id: 'n-ines', candidateId: 'linkedin:ines-ledger', text: 'Screen call Tuesday: asked about the ledger migration.', at: '2026-11-20T09:30:00Z' }];

/** Replaces the extension's candidates, notes and roles, then reloads the page so it reads them. */
export async function seedWorkspace(page: Page, candidates: readonly Candidate[], notes: readonly Note[] = [], roles: readonly unknown[] = ROLES) {
  // The page has opened the database once its first view (empty or not) is on screen.
  await page.locator('main.sp[aria-busy="false"]').waitFor();
  await page.evaluate(
    async (data) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['candidates', 'notes', 'roles'], 'readwrite');
        for (const [store, rows] of Object.entries(data)) {
          tx.objectStore(store).clear();
          for (const row of rows) tx.objectStore(store).put(row);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { candidates, notes, roles },
  );
  await page.reload();
  if (candidates.length) await page.getByRole('grid', { name: 'Candidates' }).waitFor();
}
