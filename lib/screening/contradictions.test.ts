/**
 * DOMAIN.md: an absence yellow is never raised beside its own green flag
 * (testing-deployment and no-testing-or-quality, production-scale and
 * no-production-exposure, database-experience or api-design and
 * no-database-or-api). By construction: each absence rule reads its green
 * flag's evidence first. This checks it over every labelled résumé and a
 * table of sentences each green rule accepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Profile } from '../profile/profile';
import { readResumeText } from '../profile/resume';
import { screenProfile, type FlagId } from './';
import { NOW, roleSaying } from '../../tests/support/screening';

const PAIRS: [FlagId[], FlagId][] = [
  [['testing-deployment'], 'no-testing-or-quality'],
  [['production-scale'], 'no-production-exposure'],
  [['database-experience', 'api-design'], 'no-database-or-api'],
];

function contradictions(ids: Set<string>): string[] {
  return PAIRS.filter(([greens, yellow]) => ids.has(yellow) && greens.some((g) => ids.has(g))).map(([g, y]) => `${g.join('/')} with ${y}`);
}

describe('no absence yellow beside its own green flag', () => {
  const dir = join(process.cwd(), 'tests/fixtures/resumes');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files)('%s', (file) => {
    const read = readResumeText(readFileSync(join(dir, file), 'utf8'));
    if (!read.ok) throw new Error(read.error);
    const ids = new Set(screenProfile({ profile: read.profile, now: NOW }).flags.map((f) => f.id));
    expect(contradictions(ids)).toEqual([]);
  });

  // Sentences the issue found raising the green and the yellow together.
  const sentences = [
    'Set up Gitlab Pipelines for every service.',
    'Served 84 million requests per day.',
    'Backend for a game with around 1.2 million players.',
    'Designed REST and GRAPHQL Apis.',
    'Mise en place des apis de paiement.',
    'Ran 70 microservices on Kubernetes.',
  ];
  it.each(sentences)('"%s" alone', (sentence) => {
    const ids = new Set(screenProfile({ profile: Profile.parse(roleSaying(sentence)), now: NOW }).flags.map((f) => f.id));
    expect(contradictions(ids)).toEqual([]);
  });
});
