import { describe, it } from 'vitest';
import { languageProficiency } from './language-proficiency';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

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
  // DOMAIN.md "Use, not mention": learning, following or teaching a technology is not using it.
  { name: 'learning about Go is not using it', profile: roleSaying('Currently learning about Go and Rust in my spare time.'), raised: false },
  { name: 'a course on Python is not using it', profile: roleSaying('Took an online course on Python.'), raised: false },
  { name: 'teaching Python is not using it', profile: roleSaying('Taught Python and Django to evening classes of 30 adults.'), raised: false },
  { name: 'a Python Instructor names what is taught', profile: { work: [{ position: 'Python Instructor', startDate: '2020-01' }] }, raised: false },
  { name: 'learned Go, then built with it: the building counts', profile: roleSaying('Built the settlement service in Go; learning Rust on the side.'), raised: true, evidence: 'in Go' },
  // DOMAIN.md: a framework names its language.
  { name: 'Django names Python', profile: roleSaying('Built the booking backend with Django.'), raised: true, evidence: 'Django' },
  { name: 'FastAPI names Python', profile: roleSaying('Shipped a FastAPI service for quotes.'), raised: true },
  { name: 'Spring Boot names Java', profile: roleSaying('Migrated the monolith to Spring Boot.'), raised: true },
  { name: 'Quarkus names Java', profile: roleSaying('Ran Quarkus services on OpenShift.'), raised: true },
  { name: 'Laravel names PHP', profile: roleSaying('Maintained the Laravel shop.'), raised: true },
  { name: 'Symfony names PHP', profile: roleSaying('Développement d’un back-office Symfony.'), raised: true },
  { name: 'ASP.NET names C#', profile: roleSaying('Implemented ASP.NET Web APIs for the claims team.'), raised: true },
  { name: 'Phoenix names Elixir', profile: roleSaying('Built a Phoenix LiveView dashboard.'), raised: true },
  { name: 'Express names Node.js', profile: roleSaying('Wrote Express middleware for auth.'), raised: true },
  { name: 'NestJS names Node.js', profile: roleSaying('Built NestJS services.'), raised: true },
  { name: 'Ktor names Kotlin', profile: roleSaying('Served the mobile app from Ktor.'), raised: true },
  // DOMAIN.md: real résumés are not English-only.
  { name: 'French', profile: roleSaying('Développement de microservices en Java et Go.'), raised: true, evidence: 'Java' },
  { name: 'German', profile: roleSaying('Entwicklung von Backend-Diensten in Python.'), raised: true },
  { name: 'Polish', profile: roleSaying('Tworzenie usług w języku Go i Python.'), raised: true },
  { name: 'technologies listed under a role say what it used', profile: { work: [{ position: 'Developer', startDate: '2020-01', keywords: ['Kotlin', 'PostgreSQL'] }] }, raised: true, evidence: 'Kotlin' },
  { name: 'JavaScript in a frontend role does not', profile: roleSaying('Wrote the checkout in TypeScript and React.'), raised: false },
];

describe('language-proficiency', () => {
  it.each(cases)('$name', (c) => check(languageProficiency, c));
});
