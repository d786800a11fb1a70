import { describe, it } from 'vitest';
import { tutorialProjects } from './tutorial-projects';
import { check, contribution, github, repo, type Case } from '../../../tests/support/screening';

const bootcampProjects = [
  { name: 'Todo app', description: 'A React and Express todo app, the bootcamp capstone.' },
  { name: 'Netflix clone', description: 'Followed a Udemy tutorial.' },
];
const tutorialRepo = (name: string) => repo({ name, tutorial: { value: true, reasons: ['name looks like a tutorial'] } });

const cases: Case[] = [
  { name: 'only bootcamp projects and no engineering role', profile: { projects: bootcampProjects }, raised: true, evidence: 'Todo app' },
  {
    name: 'one real project among tutorials',
    profile: { projects: [...bootcampProjects, { name: 'Inventory sync', description: 'Syncs stock between two shops for a local bakery.' }] },
    raised: false,
  },
  {
    name: 'a professional engineering role',
    profile: { projects: bootcampProjects, work: [{ position: 'Software Engineer', startDate: '2022-01' }] },
    raised: false,
  },
  {
    name: 'a teaching role is not engineering',
    profile: { projects: bootcampProjects, work: [{ position: 'Math Teacher', startDate: '2015-01', endDate: '2022-06' }] },
    raised: true,
  },
  { name: 'no projects and no GitHub', profile: {}, raised: false },
  { name: 'trap: "machine learning" is not "learn-x"', profile: { projects: [{ name: 'Churn model', description: 'A machine learning pipeline.' }] }, raised: false },
  { name: 'every own repository tutorial-level', profile: {}, github: github([tutorialRepo('todo'), tutorialRepo('learn-go')]), raised: true, evidence: 'dana/todo' },
  {
    name: 'tutorial repositories but an outside contribution',
    profile: {},
    github: github([tutorialRepo('todo')], [contribution({ repository: 'pallets/flask' })]),
    raised: false,
  },
  { name: 'one own repository is real', profile: {}, github: github([tutorialRepo('todo'), repo({ name: 'ledger' })]), raised: false },
  {
    name: 'French school projects and no engineering role',
    profile: { projects: [{ name: 'Gestion de bibliothèque', description: 'Projet de fin d’études, application Java.' }, { name: 'TP Docker', description: 'Travaux pratiques du cours.' }] },
    raised: true,
  },
  {
    name: 'a consultant who built software is a professional developer',
    profile: { projects: bootcampProjects, work: [{ position: 'Consultant', startDate: '2022-01', highlights: ['Redesigned a backend for a retail client in Node.js.'] }] },
    raised: false,
  },
];

describe('tutorial-projects', () => {
  it.each(cases)('$name', (c) => check(tutorialProjects, c));
});
