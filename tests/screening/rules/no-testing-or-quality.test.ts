import { describe, it } from 'vitest';
import { noTestingOrQuality } from '../../../lib/screening/rules/no-testing-or-quality';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../helpers';

const cases: Case[] = [
  { name: 'nothing about tests or quality', profile: roleSaying('Built the booking service in Go.'), raised: true, evidence: 'Nothing about tests' },
  { name: 'code review counts', profile: roleSaying('Did code reviews for the team.'), raised: false },
  { name: 'Jenkins in the skills list counts', profile: skillsOnly('Jenkins'), raised: false },
  { name: 'QA counts', profile: roleSaying('Worked with QA on release sign-off.'), raised: false },
  { name: 'trap: A/B tests are not tests', profile: roleSaying('Ran A/B tests on pricing pages.'), raised: true },
  { name: 'an empty profile raises nothing', profile: {}, raised: false },
  {
    name: 'a GitHub-only capture whose repositories have no tests or CI',
    profile: {},
    github: github([repo({ name: 'scripts', language: 'Python', rootFiles: ['main.py'], workflows: [] })]),
    raised: true,
  },
  {
    name: 'a repository with CI workflows counts',
    profile: roleSaying('Built the booking service.'),
    github: github([repo({ name: 'booking', workflows: ['ci.yml'] })]),
    raised: false,
  },
];

describe('no-testing-or-quality', () => {
  it.each(cases)('$name', (c) => check(noTestingOrQuality, c));
});
