/**
 * Screening figures for `npm run bench`: the median time to screen a typical
 * profile (10 roles, 40 skills; budget 1 ms in Node, DESIGN.md), a profile
 * with 5,000 skills, and one 5 MB profile. The profiles are parsed once,
 * outside the timing: this measures the rules, not zod.
 */
import { performance } from 'node:perf_hooks';
import { Profile } from '../../lib/profile/profile';
import { screenProfile } from '../../lib/screening';

const NOW = new Date('2026-11-23T12:00:00Z');

const HIGHLIGHTS = [
  'Designed REST APIs in Go for the ledger service, handling 8k requests per second.',
  'Moved reporting from MySQL to PostgreSQL with zero downtime.',
  'Joined the on-call rotation and wrote postmortems for every incident.',
  'Added Datadog dashboards and OpenTelemetry traces across the checkout flow.',
  'Wrote integration tests with Testcontainers and a GitHub Actions pipeline to Kubernetes.',
  'Built Kafka consumers in Python for order events and retried them with backoff.',
  'Worked with the rest of the team to go live before the Spring 2021 sale.',
];

const SKILLS = [
  'Go', 'Python', 'Java', 'Kotlin', 'Node.js', 'TypeScript', 'JavaScript', 'SQL', 'PostgreSQL', 'MySQL',
  'Redis', 'MongoDB', 'Elasticsearch', 'Kafka', 'RabbitMQ', 'SQS', 'Docker', 'Kubernetes', 'Helm', 'Terraform',
  'AWS', 'GCP', 'Azure', 'Datadog', 'Prometheus', 'Grafana', 'OpenTelemetry', 'Sentry', 'Jenkins', 'GitHub Actions',
  'gRPC', 'GraphQL', 'REST', 'OpenAPI', 'pytest', 'JUnit', 'Spring Boot', 'Django', 'FastAPI', 'Linux',
];

/** 10 roles, 40 skills: the profile DESIGN.md's budget is about. */
export function typicalProfile(): Profile {
  return Profile.parse({
    basics: { label: 'Senior Backend Engineer', summary: 'Backend engineer building payment systems in Go and Python for nine years.' },
    work: Array.from({ length: 10 }, (_, i) => ({
      name: `Company ${i}`,
      position: i === 0 ? 'Senior Backend Engineer' : i === 9 ? 'Software Engineering Intern' : 'Software Engineer',
      startDate: `${2016 + Math.floor(i / 2)}-${String((i % 2) * 6 + 1).padStart(2, '0')}`,
      ...(i === 0 ? {} : { endDate: `${2016 + Math.floor(i / 2)}-${String((i % 2) * 6 + 6).padStart(2, '0')}` }),
      summary: 'Payments platform team.',
      highlights: HIGHLIGHTS.slice(i % 4, (i % 4) + 4),
    })),
    skills: SKILLS.map((name) => ({ name })),
  });
}

export function manySkillsProfile(count = 5000): Profile {
  return Profile.parse({
    ...typicalProfile(),
    skills: Array.from({ length: count }, (_, i) => ({ name: SKILLS[i % SKILLS.length], keywords: [`Internal tool ${i}`] })),
  });
}

export function hugeProfile(bytes = 5 * 1024 * 1024): Profile {
  const sentence = `${HIGHLIGHTS.join(' ')} `;
  return Profile.parse({
    ...typicalProfile(),
    basics: { summary: sentence.repeat(Math.ceil(bytes / sentence.length)) },
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeMedian(iterations: number, warmup: number, fn: () => void): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

export async function benchScreening(): Promise<Record<string, number>> {
  const typical = typicalProfile();
  const many = manySkillsProfile();
  const huge = hugeProfile();
  const screenTypicalMedianMs = timeMedian(2000, 200, () => screenProfile({ profile: typical, now: NOW }));
  const screen5000SkillsMedianMs = timeMedian(30, 3, () => screenProfile({ profile: many, now: NOW }));
  const screenHugeProfileMs = timeMedian(3, 1, () => screenProfile({ profile: huge, now: NOW }));
  return {
    screenTypicalMedianMs: round3(screenTypicalMedianMs),
    screen5000SkillsMedianMs: round3(screen5000SkillsMedianMs),
    screenHugeProfileMs: round3(screenHugeProfileMs),
  };
}

// Run alone: `npx tsx scripts/bench/screening.ts`.
if (process.argv[1] !== undefined && /scripts[\\/]bench[\\/]screening\.ts$/.test(process.argv[1])) {
  benchScreening().then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`));
}
