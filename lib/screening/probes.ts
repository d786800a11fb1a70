/**
 * Interview probes (seed 001 "Interview Focus Areas", seed 002 questions):
 * each yellow flag comes with the question that tests it in a screen call,
 * and what to listen for.
 */
import { z } from 'zod';
import { FlagId, type Flag } from './evidence';

export const Probe = z.object({
  /** The yellow flag this question tests. */
  flag: FlagId,
  question: z.string(),
  listenFor: z.string(),
});
export type Probe = z.infer<typeof Probe>;

const URL_SHORTENER = {
  question: 'Design a URL shortener that handles 1M clicks per day.',
  listenFor:
    'Database design, a caching strategy and an analytics approach. Red flag: jumps to code without understanding the requirements.',
};

export const PROBES: Readonly<Partial<Record<FlagId, readonly { question: string; listenFor: string }[]>>> = {
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
};

/** The probes for the raised yellow flags, each question once, in flag order. */
export function probesFor(flags: readonly Flag[]): Probe[] {
  const out: Probe[] = [];
  const asked = new Set<string>();
  for (const flag of flags) {
    if (flag.kind !== 'yellow') continue;
    for (const probe of PROBES[flag.id] ?? []) {
      if (asked.has(probe.question)) continue;
      asked.add(probe.question);
      out.push({ flag: flag.id, ...probe });
    }
  }
  return out;
}
