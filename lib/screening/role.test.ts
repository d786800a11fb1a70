import { describe, expect, it } from 'vitest';
import { Profile, type ProfileInput } from '../profile/profile';
import { BACKEND_ENGINEER_ROLE, RoleScorecard, screenProfile } from './';
import { skillTest } from './role';
import { NOW, github, repo } from '../../tests/support/screening';

const screen = (input: ProfileInput, role = BACKEND_ENGINEER_ROLE, gh?: ReturnType<typeof github>) =>
  screenProfile({ profile: Profile.parse(input), role, github: gh, now: NOW }).role;

const goDeveloper: ProfileInput = {
  work: [
    {
      name: 'Ledgerly',
      position: 'Backend Engineer',
      startDate: '2019-01',
      highlights: ['Designed REST APIs in Go on PostgreSQL.', 'Streamed ledger events through Kafka on AWS.'],
    },
  ],
  skills: [{ name: 'Kubernetes' }],
};

describe('the default Backend engineer role', () => {
  it('has the must-haves and nice-to-haves of DOMAIN.md', () => {
    expect(BACKEND_ENGINEER_ROLE.name).toBe('Backend engineer');
    expect(BACKEND_ENGINEER_ROLE.mustHave).toHaveLength(3);
    expect(BACKEND_ENGINEER_ROLE.niceToHave).toHaveLength(4);
  });
  it('meets each must-have with evidence', () => {
    const match = screen(goDeveloper);
    expect(match.mustHave.map((s) => [s.skill, s.met])).toEqual([
      ['One backend language', true],
      ['One database', true],
      ['API design', true],
    ]);
    expect(match.mustHave[1]?.evidence[0]?.text).toContain('PostgreSQL');
  });
  it('counts nice-to-haves from context, not from the skills list', () => {
    const match = screen(goDeveloper);
    const met = Object.fromEntries(match.niceToHave.map((s) => [s.skill, s.met]));
    expect(met).toEqual({
      'Cloud (AWS, GCP, Azure)': true,
      'Containers or Kubernetes': false,
      'Message queues (Kafka, RabbitMQ)': true,
      Observability: false,
    });
    expect(match.niceToHaveMet).toBe(2);
  });
  it('says "not evidenced" for an empty profile', () => {
    const match = screen({});
    expect(match.mustHave.every((s) => !s.met && s.evidence.length === 0)).toBe(true);
    expect(match.mustHaveMet).toBe(0);
  });
});

describe('a custom scorecard', () => {
  const role = RoleScorecard.parse({
    name: 'Platform engineer',
    mission: 'Make deploys boring.',
    mustHave: ['Go', 'Kubernetes', 'on-call'],
    niceToHave: ['Terraform', 'message queues', 'Chaos engineering'],
    minimumLevel: 'senior',
  });
  it('matches plain-word skills by technology, concept or phrase', () => {
    const match = screen(
      {
        work: [
          {
            position: 'SRE',
            startDate: '2016-01',
            highlights: ['Wrote Go operators for Kubernetes.', 'Ran chaos engineering game days.'],
          },
        ],
      },
      role,
    );
    expect(match.mustHave.map((s) => s.met)).toEqual([true, true, false]);
    expect(match.niceToHave.map((s) => s.met)).toEqual([false, false, true]);
    expect(match.levelMet).toBe(true);
  });
  it('takes GitHub repositories as evidence', () => {
    const match = screen({}, role, github([repo({ name: 'infra', topics: ['terraform'] })]));
    expect(match.niceToHave[0]).toMatchObject({ skill: 'Terraform', met: true });
    expect(match.niceToHave[0]?.evidence[0]).toMatchObject({ source: 'github', url: 'https://github.com/dana/infra' });
  });
  it('says the level is not met below the minimum, and unknown without dates', () => {
    expect(screen({ work: [{ position: 'Developer', startDate: '2025-01' }] }, role).levelMet).toBe(false);
    expect(screen({}, role).levelMet).toBeNull();
  });
  it('rejects a scorecard without a name', () => {
    expect(RoleScorecard.safeParse({ mustHave: ['Go'] }).success).toBe(false);
  });
  it('resolves a skill object with anyOf categories and ids', () => {
    const { test } = skillTest({ skill: 'A SQL database', anyOf: ['postgresql', 'MySQL'] });
    expect(test).toEqual({ kind: 'technologies', ids: new Set(['postgresql', 'mysql']) });
  });
});
