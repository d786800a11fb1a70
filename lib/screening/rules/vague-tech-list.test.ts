import { describe, it } from 'vitest';
import { vagueTechList } from './vague-tech-list';
import { check, github, repo, type Case } from '../../../tests/support/screening';

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
  // DOMAIN.md: every tool-like item counts, whether or not the vocabulary knows it; soft skills, spoken languages and methods do not.
  {
    name: 'tools the vocabulary does not know count (xunit, NeoLoad, TravisCI, Moq…)',
    profile: { skills: skills(['xunit', 'NeoLoad', 'TravisCI', 'Moq', 'Octopus Deploy', 'TeamCity', 'Fiddler', 'Charles Proxy', 'SoapUI', 'LoadRunner', 'Zephyr', 'TestRail']) },
    raised: true,
    evidence: '12 technologies listed',
  },
  {
    name: 'soft skills, spoken languages and methods do not count',
    profile: { skills: skills(['Python', 'Go', 'Scrum', 'Leadership', 'English', 'Français', 'Teamwork', 'Agile', 'Problem solving', 'Kanban', 'Communication', 'Deutsch', 'Mentoring', 'Twelve-Factor methodology']) },
    raised: false,
  },
  {
    name: 'a category name over a list is not a tool, its items are',
    profile: { skills: [{ name: 'Languages', keywords: ['Python, Java, Go', 'PHP'] }, { name: 'Bases de données', keywords: ['MySQL', 'PostgreSQL', 'Redis'] }, { name: 'Outils', keywords: ['Jenkins', 'Jira', 'Git', 'Vagrant', 'Nginx'] }] },
    raised: true,
    evidence: '12 technologies listed',
  },
  {
    name: 'an unknown tool named in a role is in context',
    profile: {
      skills: skills(['xunit', 'NeoLoad', 'TravisCI', 'Moq', 'Octopus Deploy', 'TeamCity', 'Fiddler', 'Charles Proxy', 'SoapUI', 'LoadRunner', 'Zephyr', 'TestRail']),
      work: [{ position: 'QA Engineer', highlights: ['Load tests in NeoLoad and LoadRunner; test cases in TestRail and Zephyr; builds on TeamCity and Octopus Deploy.'] }],
    },
    raised: false,
  },
  {
    name: 'skills and roles shown only in part',
    profile: { skills: skills(twelve), capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z', partial: { skills: { shown: 12, total: 30 } } } },
    raised: false,
  },
];

describe('vague-tech-list', () => {
  it.each(cases)('$name', (c) => check(vagueTechList, c));
});
