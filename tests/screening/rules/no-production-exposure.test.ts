import { describe, it } from 'vitest';
import { noProductionExposure } from '../../../lib/screening/rules/no-production-exposure';
import { check, github, repo, roleSaying, type Case } from '../helpers';

const cases: Case[] = [
  { name: 'nothing about production', profile: roleSaying('Built a Flask app for a class.'), raised: true, evidence: 'Nothing about production' },
  { name: '"deployments" counts as a mention', profile: roleSaying('Automated deployments.'), raised: false },
  { name: '"release" counts as a mention', profile: roleSaying('Cut the weekly release.'), raised: false },
  { name: 'a cloud tool in the skills list counts', profile: { ...roleSaying('Built a Flask app.'), skills: [{ name: 'AWS' }] }, raised: false },
  { name: 'trap: "video production" is not production', profile: roleSaying('Managed video production for a media agency.'), raised: true },
  { name: 'trap: a press release is not a release', profile: roleSaying('Wrote a press release for the launch event.'), raised: false },
  { name: 'an empty profile raises nothing', profile: {}, raised: false },
  {
    name: 'a repository with a deploy workflow counts',
    profile: roleSaying('Built a Flask app.'),
    github: github([repo({ name: 'app', workflows: ['deploy.yml'] })]),
    raised: false,
  },
];

describe('no-production-exposure', () => {
  it.each(cases)('$name', (c) => check(noProductionExposure, c));
});
