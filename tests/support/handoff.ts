import { Profile, type ProfileInput } from '../../lib/profile/profile';
import { GitHubEvidence } from '../../lib/profile/github-evidence';

type GitHubEvidenceInput = import('zod').input<typeof GitHubEvidence>;
import { Candidate } from '../../lib/store/records';

/** A fictional candidate captured on LinkedIn (and GitHub when a login is given). */
export function candidate(overrides: Partial<Candidate> & { basics?: ProfileInput['basics']; work?: ProfileInput['work']; github?: ProfileInput } = {}): Candidate {
  const { basics, work, github, ...rest } = overrides;
  return Candidate.parse({
    id: 'linkedin:ada-quill',
    aliases: ['linkedin:ada-quill'],
    profiles: {
      linkedin: Profile.parse({
        basics: { name: 'Ada Quill', profiles: [{ network: 'LinkedIn', username: 'ada-quill', url: 'https://www.linkedin.com/in/ada-quill/' }], ...basics },
        work: work ?? [{ name: 'Tillpoint', position: 'Backend Engineer', startDate: '2022-02' }],
        capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/ada-quill/', capturedAt: '2026-11-01T09:00:00Z' },
      }),
      ...(github ? { github: Profile.parse(github) } : {}),
    },
    firstCapturedAt: '2026-11-01T09:00:01Z',
    updatedAt: '2026-11-01T09:00:01Z',
    ...rest,
  });
}

const judgement = (value: boolean) => ({ value, reasons: [] });

export function evidence(input: Partial<GitHubEvidenceInput> = {}): GitHubEvidence {
  return GitHubEvidence.parse({
    login: 'ada-dev',
    fetchedAt: '2026-11-01T09:00:00Z',
    repositories: [
      { fullName: 'ada-dev/todo', name: 'todo', url: 'https://github.com/ada-dev/todo', description: null, language: 'Go', stars: 900, isFork: false, createdAt: null, pushedAt: null, backend: judgement(true), tutorial: judgement(true) },
      { fullName: 'ada-dev/ledger', name: 'ledger', url: 'https://github.com/ada-dev/ledger', description: null, language: 'Go', stars: 40, isFork: false, createdAt: null, pushedAt: null, backend: judgement(true), tutorial: judgement(false) },
      { fullName: 'ada-dev/site', name: 'site', url: 'https://github.com/ada-dev/site', description: null, language: 'CSS', stars: 300, isFork: false, createdAt: null, pushedAt: null, backend: judgement(false), tutorial: judgement(false) },
    ],
    contributions: [
      { repository: 'acme/landing', repositoryUrl: 'https://github.com/acme/landing', url: 'https://github.com/acme/landing/pull/3', title: 'Fix footer', mergedAt: '2026-10-01T00:00:00Z', backend: judgement(false) },
      { repository: 'pgbouncer/pgbouncer', repositoryUrl: 'https://github.com/pgbouncer/pgbouncer', url: 'https://github.com/pgbouncer/pgbouncer/pull/812', title: 'Retry TLS handshakes on EAGAIN', mergedAt: '2026-06-01T00:00:00Z', backend: judgement(true) },
      { repository: 'grpc/grpc-go', repositoryUrl: 'https://github.com/grpc/grpc-go', url: 'https://github.com/grpc/grpc-go/pull/1', title: 'Old one', mergedAt: '2025-01-01T00:00:00Z', backend: judgement(true) },
    ],
    ...input,
  });
}
