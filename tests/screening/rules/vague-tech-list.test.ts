import { describe, it } from 'vitest';
import { vagueTechList } from '../../../lib/screening/rules/vague-tech-list';
import { check, github, repo, type Case } from '../helpers';

const twelve = ['Python', 'Java', 'Go', 'PostgreSQL', 'MongoDB', 'Redis', 'Kafka', 'Docker', 'Kubernetes', 'AWS', 'GraphQL', 'Terraform'];
const skills = (names: string[]) => names.map((name) => ({ name }));

const cases: Case[] = [
  { name: 'twelve listed, none in context', profile: { skills: skills(twelve) }, raised: true, evidence: '12 technologies listed; 12 never appear' },
  {
    name: 'twelve listed, seven in context',
    profile: {
      skills: skills(twelve),
      work: [{ position: 'Engineer', highlights: ['Built Python and Go services on PostgreSQL, MongoDB and Redis, streaming through Kafka into Docker.'] }],
    },
    raised: false,
  },
  {
    name: 'twelve listed, six in context (exactly half is not "more than half")',
    profile: { skills: skills(twelve), work: [{ position: 'Engineer', highlights: ['Python, Java, Go, PostgreSQL, MongoDB and Redis at work.'] }] },
    raised: false,
  },
  {
    name: 'twelve listed, five in context',
    profile: { skills: skills(twelve), work: [{ position: 'Engineer', highlights: ['Python, Java, Go, PostgreSQL and MongoDB at work.'] }] },
    raised: true,
    evidence: '7 never appear',
  },
  { name: 'eleven listed is not long', profile: { skills: skills(twelve.slice(0, 11)) }, raised: false },
  { name: 'duplicates and aliases count once', profile: { skills: skills([...twelve.slice(0, 10), 'Postgres', 'K8s', 'Golang']) }, raised: false },
  {
    name: 'technologies seen in own repositories count as context',
    profile: { skills: skills(twelve) },
    github: github([
      repo({ name: 'a', language: 'Python', topics: ['postgresql', 'redis', 'kafka', 'docker', 'kubernetes', 'aws'] }),
    ]),
    raised: false,
  },
];

describe('vague-tech-list', () => {
  it.each(cases)('$name', (c) => check(vagueTechList, c));
});
