/**
 * Seventeen fictional people, each with the flags and level a senior
 * technical recruiter would give them under DOMAIN.md's rules. One test, so a
 * change to any rule shows every resume it moves, flag by flag.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Profile } from '../../lib/profile/profile';
import { FLAG_IDS, ScreeningResult, screenProfile, type FlagId } from '../../lib/screening';
import { NOW } from './helpers';

const dir = join(__dirname, '../fixtures/resumes');

type Level = ScreeningResult['seniority']['level'];
const expected: Record<string, { level: Level; flags: FlagId[] }> = {
  'senior-go-payments': {
    level: 'senior',
    flags: ['language-proficiency', 'database-experience', 'api-design', 'production-scale', 'testing-deployment', 'observability'],
  },
  'mid-python-django': { level: 'mid', flags: ['language-proficiency', 'database-experience', 'api-design', 'testing-deployment'] },
  'junior-node': {
    level: 'junior',
    flags: ['language-proficiency', 'database-experience', 'api-design', 'testing-deployment', 'no-production-exposure'],
  },
  // Express in a bootcamp project is still Node.js used in a project.
  'bootcamp-grad': {
    level: 'junior',
    flags: ['language-proficiency', 'no-database-or-api', 'no-production-exposure', 'tutorial-projects', 'no-testing-or-quality'],
  },
  'frontend-react': { level: 'senior', flags: ['testing-deployment', 'no-production-exposure'] },
  'data-engineer': {
    level: 'senior',
    flags: ['language-proficiency', 'database-experience', 'production-scale', 'testing-deployment'],
  },
  'devops-sre': {
    level: 'staff',
    flags: ['language-proficiency', 'production-scale', 'testing-deployment', 'observability', 'no-database-or-api'],
  },
  'career-changer-teacher': {
    level: 'mid',
    flags: ['language-proficiency', 'database-experience', 'testing-deployment', 'no-production-exposure'],
  },
  'vague-lists': { level: 'senior', flags: ['generic-backend', 'vague-tech-list'] },
  // Testing an API is not designing one.
  'qa-automation-java': { level: 'senior', flags: ['language-proficiency', 'database-experience', 'testing-deployment'] },
  'staff-engineer': {
    level: 'staff',
    flags: [
      'language-proficiency',
      'database-experience',
      'api-design',
      'production-scale',
      'testing-deployment',
      'oss-backend-contributions',
      'observability',
    ],
  },
  // Owning an API's roadmap is not designing it; no engineering role, so 0 years.
  'product-manager-api': { level: 'junior', flags: ['no-production-exposure'] },
  'linkedin-generic-backend': { level: 'mid', flags: ['language-proficiency', 'generic-backend', 'no-testing-or-quality'] },
  // The internship is professional work, so class projects are not "only tutorials".
  'student-intern': {
    level: 'junior',
    flags: ['language-proficiency', 'database-experience', 'api-design', 'testing-deployment', 'no-production-exposure'],
  },
  // A bare "deployed to production" is not production at scale.
  'title-inflation': { level: 'mid', flags: ['language-proficiency', 'database-experience', 'api-design', 'no-testing-or-quality'] },
  // Swift is not a backend language; 300k users is scale.
  'ios-developer': { level: 'senior', flags: ['production-scale', 'testing-deployment'] },
  // Every trap at once: large-scale retail, Spring 2024, Express delivery, go live, video production.
  'retail-career-changer': {
    level: 'junior',
    flags: ['no-database-or-api', 'no-production-exposure', 'tutorial-projects', 'no-testing-or-quality'],
  },
};

describe('sample resumes', () => {
  it('has at least fifteen resumes, each with expectations', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it('raises exactly the expected flags and level for every resume', () => {
    const disagreements: string[] = [];
    for (const [name, want] of Object.entries(expected)) {
      const profile = Profile.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
      const result = screenProfile({ profile, now: NOW });
      const got = new Set(result.flags.map((f) => f.id));
      for (const id of FLAG_IDS) {
        const wanted = want.flags.includes(id);
        if (got.has(id) && !wanted) {
          const why = result.flags.find((f) => f.id === id)?.evidence.map((e) => e.text).join(' | ');
          disagreements.push(`${name}: ${id} raised but not expected (evidence: ${why})`);
        } else if (!got.has(id) && wanted) disagreements.push(`${name}: ${id} expected but not raised`);
      }
      if (result.seniority.level !== want.level)
        disagreements.push(`${name}: level ${result.seniority.level} (${result.seniority.years} years), expected ${want.level}`);
    }
    expect(disagreements, disagreements.join('\n')).toEqual([]);
  });
});
