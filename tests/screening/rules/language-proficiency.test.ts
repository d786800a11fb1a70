import { describe, it } from 'vitest';
import { languageProficiency } from '../../../lib/screening/rules/language-proficiency';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../helpers';

const cases: Case[] = [
  { name: 'Go used in a role', profile: roleSaying('Built the settlement service in Go.'), raised: true, evidence: 'in Go' },
  { name: 'QA automation in Java counts', profile: roleSaying('Wrote QA automation suites in Java with Selenium.'), raised: true, evidence: 'Java' },
  { name: 'Node.js in a project', profile: { projects: [{ name: 'Chat relay', description: 'A Node.js websocket relay.' }] }, raised: true },
  { name: 'a framework written in one (Rails is Ruby)', profile: roleSaying('Built the ordering API in Ruby on Rails.'), raised: true, evidence: 'Ruby on Rails' },
  { name: 'only in the skills list', profile: skillsOnly('Python', 'Go', 'Java'), raised: false },
  { name: 'JavaScript in the browser', profile: roleSaying('Built React screens in JavaScript and TypeScript.'), raised: false },
  { name: 'trap: "go live"', profile: roleSaying('Helped the store go live before Black Friday.'), raised: false },
  { name: 'trap: Java inside JavaScript', profile: roleSaying('Maintained JavaScript widgets.'), raised: false },
  { name: 'trap: Rust Belt', profile: roleSaying('Sold insurance across the Rust Belt.'), raised: false },
  {
    name: 'own active repository mostly Go',
    profile: {},
    github: github([repo({ name: 'ledger', language: 'Go', languages: { Go: 9000, Shell: 100 } })]),
    raised: true,
    evidence: 'dana/ledger: mostly Go',
  },
  {
    name: 'own repository last pushed four years ago',
    profile: {},
    github: github([repo({ name: 'old', language: 'Go', pushedAt: '2022-01-01T00:00:00Z' })]),
    raised: false,
  },
  {
    name: 'a TypeScript frontend repository',
    profile: {},
    github: github([repo({ name: 'site', language: 'TypeScript' })]),
    raised: false,
  },
  { name: 'no GitHub evidence and no text', profile: {}, raised: false },
];

describe('language-proficiency', () => {
  it.each(cases)('$name', (c) => check(languageProficiency, c));
});
