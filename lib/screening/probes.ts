/**
 * Interview probes (seed 001 "Interview Focus Areas", seed 002 questions):
 * each yellow flag comes with the question that tests it in a screen call,
 * and what to listen for. The question follows the level (seed 001, "Skills
 * by Experience Level"): a junior or a student is asked about fundamentals,
 * a mid-level engineer about owning a feature end to end, a senior or staff
 * engineer about design trade-offs and incidents. Never a staff-level design
 * question to someone looking for an internship.
 */
import { z } from 'zod';
import { FlagId, type Flag } from './evidence';
import type { Level } from './levels';

export const Probe = z.object({
  /** The yellow flag this question tests. */
  flag: FlagId,
  question: z.string(),
  listenFor: z.string(),
});
export type Probe = z.infer<typeof Probe>;

/** Which set of questions: fundamentals, end-to-end ownership, or design trade-offs and incidents. */
export type ProbeLevel = 'fundamentals' | 'ownership' | 'design';

type Question = { question: string; listenFor: string };

// Fundamentals: DOMAIN.md's own question for juniors and students.
const SIMPLE_API: Question = {
  question: 'Walk me through a simple API you built: how did it store and validate data, and how did you test it?',
  listenFor:
    'A concrete project they can explain end to end: a data model, input validation, a database they chose, at least one kind of test. Red flag: only repeats what a tutorial did, cannot say why.',
};
const OWNED_FEATURE: Question = {
  question: 'Pick a backend feature you owned end to end: what did you build, which technologies did you choose and why, and what would you change now?',
  listenFor:
    'Ownership from the requirements to production: the data model, the API, the trade-offs they made and what they learned. Red flag: describes the team\'s work, never their own decisions.',
};
const URL_SHORTENER: Question = {
  question: 'Design a URL shortener that handles 1M clicks per day.',
  listenFor:
    'Database design, a caching strategy and an analytics approach. Red flag: jumps to code without understanding the requirements.',
};

export const PROBES_BY_LEVEL: Readonly<Record<ProbeLevel, Readonly<Partial<Record<FlagId, readonly Question[]>>>>> = {
  fundamentals: {
    'no-production-exposure': [
      {
        question: 'Have you put something you built in front of real users? How did you deploy it, and how would you know it was broken?',
        listenFor: 'Any real deployment (a host, a container, a cloud service), logs or alerts, what they would check first. Red flag: has only ever run code on their own machine and is not curious about it.',
      },
    ],
    'no-database-or-api': [SIMPLE_API],
    'no-testing-or-quality': [
      {
        question: 'How did you test the last thing you built? Tell me about one test you wrote and what it checks.',
        listenFor: 'A specific test (unit or integration), what it protects against, how they run it. Red flag: "I tested it by clicking around" and no interest in more.',
      },
    ],
    'generic-backend': [SIMPLE_API],
    'vague-tech-list': [
      {
        question: 'Of the technologies on your list, which one have you used most? Walk me through what you built with it.',
        listenFor: 'Depth in one or two tools over a long list: what they built, a problem they hit and how they solved it. Red flag: cannot go past the names.',
      },
    ],
    'tutorial-projects': [
      {
        question: 'Tell me about a project you built beyond the course instructions: what did you add or change on your own, and why?',
        listenFor: 'Decisions of their own (a data model, an extra feature, a deployment), problems they debugged alone. Red flag: every step came from the tutorial.',
      },
    ],
  },
  ownership: {
    'no-production-exposure': [
      {
        question: 'Tell me about a feature you took to production yourself: how was it released, what did you watch afterwards, and what went wrong?',
        listenFor: 'Release steps, monitoring or logs they checked, a problem they caught and fixed. Red flag: "someone else deploys it", no idea what happened after the merge.',
      },
    ],
    'no-database-or-api': [
      {
        question: 'When would you use a SQL database vs. a NoSQL database?',
        listenFor: 'Concrete examples and an understanding of the trade-offs (CAP theorem implications). Red flag: dogmatic answers without context.',
      },
      {
        question: 'Take one API endpoint you owned: what data sat behind it, and how did you change it without breaking its clients?',
        listenFor: 'A schema they designed, a migration, versioning or backward compatibility. Red flag: has never changed an API someone else depended on.',
      },
    ],
    'no-testing-or-quality': [
      {
        question: 'How do you ensure your code is production-ready?',
        listenFor: 'Testing strategies, code review, monitoring and documentation. Red flag: ships code without tests or reviews.',
      },
    ],
    'generic-backend': [OWNED_FEATURE],
    'vague-tech-list': [OWNED_FEATURE],
    'tutorial-projects': [OWNED_FEATURE],
  },
  design: {
    'no-production-exposure': [
      {
        question: 'Tell me about a production outage you handled.',
        listenFor: 'Systematic debugging, clear communication and prevention measures. Red flag: never worked on production systems.',
      },
    ],
    'no-database-or-api': [
      {
        question: 'When would you use a SQL database vs. a NoSQL database?',
        listenFor: 'Concrete examples and an understanding of the trade-offs (CAP theorem implications). Red flag: dogmatic answers without context.',
      },
      {
        question: 'How would you version a REST API?',
        listenFor: 'REST principles, a versioning strategy (URL, header or media type) and how old clients keep working. Red flag: no idea beyond "add v2".',
      },
    ],
    'no-testing-or-quality': [
      {
        question: 'How do you ensure your code is production-ready?',
        listenFor: 'Testing strategies, code review, monitoring and documentation. Red flag: ships code without tests or reviews.',
      },
    ],
    'generic-backend': [URL_SHORTENER],
    'vague-tech-list': [URL_SHORTENER],
    'tutorial-projects': [URL_SHORTENER],
  },
};

/** The senior and staff questions: seed 001's own. Kept under this name for readers of earlier versions. */
export const PROBES = PROBES_BY_LEVEL.design;

/**
 * The set of questions for a level: fundamentals for juniors and students
 * (and anyone looking for an internship), ownership for mid-level, design
 * and incidents for senior and staff. An unknown level gets the middle set:
 * nothing says they are ready for a design interview, nor that they are new.
 */
export function probeLevel(level: Level, student = false): ProbeLevel {
  if (student || level === 'junior') return 'fundamentals';
  if (level === 'senior' || level === 'staff') return 'design';
  return 'ownership';
}

/** The probes for the raised yellow flags, each question once, in flag order, at the person's level. */
export function probesFor(flags: readonly Flag[], level: Level = 'senior', student = false): Probe[] {
  const set = PROBES_BY_LEVEL[probeLevel(level, student)];
  const out: Probe[] = [];
  const asked = new Set<string>();
  for (const flag of flags) {
    if (flag.kind !== 'yellow') continue;
    for (const probe of set[flag.id] ?? []) {
      if (asked.has(probe.question)) continue;
      asked.add(probe.question);
      out.push({ flag: flag.id, ...probe });
    }
  }
  return out;
}
