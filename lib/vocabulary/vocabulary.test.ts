import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  TECHNOLOGIES,
  findTechnologies,
  technologyById,
  technologyOfDependency,
} from './vocabulary';

const ids = (text: string) => findTechnologies(text).map((m) => m.technology.id);

describe('the traps of DOMAIN.md', () => {
  // [trap, text, technologies that must be found, technologies that must not]
  const traps: [string, string, string[], string[]][] = [
    ['"go live" is a verb', 'We shipped on time and went on to go live before Black Friday.', [], ['go']],
    ['"Go live" opening a sentence is a verb', 'Go live was planned for March.', [], ['go']],
    ['"Go-to-market" is a verb', 'Go-to-market plan for three new regions.', [], ['go']],
    ['"let\'s go" is a verb', "Let's go over the numbers; we go to market in May.", [], ['go']],
    ['Go the language beside other technologies', 'Built payment services in Go and Postgres.', ['go', 'postgresql'], []],
    ['Go the language in a list', 'Go, Python, Kafka', ['go', 'python', 'kafka'], []],
    ['Go as a skill of its own', 'Go', ['go'], []],
    ['Golang is always the language', 'golang microservices', ['go'], []],
    ['"Go is" opening a sentence is the language', 'Go is my main language these days.', ['go'], []],
    ['"Ready to Go" is a verb', 'Ready to Go', [], ['go']],
    ['"in Go to" is still the language', 'Rewrote the ingest worker in Go to cut latency.', ['go'], []],
    ['Java is not inside JavaScript', 'Five years of JavaScript in the browser.', ['javascript'], ['java']],
    ['Java and JavaScript side by side', 'Java and JavaScript', ['java', 'javascript'], []],
    ['"the rest of" is not REST', 'Migrated the rest of the codebase and rested.', [], ['rest']],
    ['REST in capitals is the API style', 'Designed REST endpoints for billing.', ['rest'], []],
    ['RESTful is the API style', 'Maintained a restful gateway.', ['rest'], []],
    ['"Rust Belt" is a region', 'Grew up in the Rust Belt; rust-proofed cars.', [], ['rust']],
    ['Rust the language', 'Wrote the parser in Rust.', ['rust'], []],
    ['"Spring 2021" is a season', 'Spring 2021 cohort, graduated in Spring.', [], ['spring']],
    ['"spring semester" is a season', 'Teaching assistant for the Spring semester.', [], ['spring']],
    ['Spring Boot is the framework', 'Built Spring Boot services.', ['spring'], []],
    ['Spring beside Java is the framework', 'Java/Spring microservices', ['java', 'spring'], []],
    ['"Express delivery" is a service', 'Express delivery to 600 stores across the region.', [], ['express']],
    ['"American Express" is a company', 'Analyst at American Express.', [], ['express']],
    ['Express beside Node is the framework', 'Built a Node/Express API.', ['nodejs', 'express'], []],
    ['"video production" names no technology', 'Ran video production for a agency.', [], []],
    ['everyday words are not tools', 'Made mocha and chai lattes, chopped cucumber and celery, shipped parcels as a postman in Phoenix; a playwright at heart.', [], []],
    ['lower-case everyday words are not tools', 'A docker on the river; react calmly; angular shapes; guard rails; more airflow; a sentry post.', [], []],
    ['tools beside the words of their trade', 'Wrote Mocha unit tests, Cucumber scenarios and Playwright end-to-end tests; ran Celery workers; an Elixir app on Phoenix.', ['mocha', 'cucumber', 'playwright', 'celery', 'elixir', 'phoenix'], []],
    ['"large-scale retail" names no technology', 'Large-scale retail operations.', [], []],
  ];
  it.each(traps)('%s', (_trap, text, expected, forbidden) => {
    const found = ids(text);
    for (const id of expected) expect(found, text).toContain(id);
    for (const id of forbidden) expect(found, text).not.toContain(id);
    if (expected.length === 0) expect(found, text).toEqual([]);
  });
});

describe('aliases', () => {
  const aliases: [string, string][] = [
    ['Postgres', 'postgresql'],
    ['PostgreSQL', 'postgresql'],
    ['Node', 'nodejs'],
    ['Node.js', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['K8s', 'kubernetes'],
    ['Kubernetes', 'kubernetes'],
    ['GCP', 'gcp'],
    ['Google Cloud', 'gcp'],
    ['Mongo', 'mongodb'],
    ['MongoDB', 'mongodb'],
    ['Golang', 'go'],
    ['C#', 'csharp'],
    ['C++', 'cpp'],
    ['.NET', 'dotnet'],
    ['CI/CD', 'cicd'],
    ['New Relic', 'newrelic'],
  ];
  it.each(aliases)('"%s" is %s in a sentence', (alias, id) => {
    const matches = findTechnologies(`Worked with ${alias}, daily.`);
    expect(matches.map((m) => m.technology.id)).toEqual([id]);
    expect(matches[0]?.matched).toBe(alias);
    expect(matches[0]?.index).toBe('Worked with '.length);
  });
});

describe('matching', () => {
  it('is word-aware: no technology inside a longer word', () => {
    expect(ids('Mongolia, Pythonic, Gopher, Javanese, Redistribution, Swiftly')).toEqual([]);
  });
  it('prefers the longest alias at one place', () => {
    const [first] = findTechnologies('Spring Boot');
    expect(first?.matched).toBe('Spring Boot');
  });
  it('reports matches in reading order', () => {
    expect(ids('Kafka then Redis then Python')).toEqual(['kafka', 'redis', 'python']);
  });
  it('finds nothing in empty text', () => {
    expect(findTechnologies('')).toEqual([]);
  });
  it('scans a megabyte of prose in one pass', () => {
    const text = 'Operated Kafka clusters for the rest of the team. '.repeat(20_000);
    const found = findTechnologies(text);
    expect(found).toHaveLength(20_000);
    expect(found.every((m) => m.technology.id === 'kafka')).toBe(true);
  });
});

describe('the vocabulary as data', () => {
  it('has unique ids and known categories', () => {
    const seen = new Set<string>();
    for (const tech of TECHNOLOGIES) {
      expect(seen.has(tech.id), tech.id).toBe(false);
      seen.add(tech.id);
      expect(CATEGORIES).toContain(tech.category);
      expect(technologyById(tech.id)).toBe(tech);
    }
  });
  it('finds every technology by its own name', () => {
    for (const tech of TECHNOLOGIES) {
      expect(ids(tech.name), tech.name).toContain(tech.id);
    }
  });
  it('knows the backend languages of DOMAIN.md as backend, and browser languages as not', () => {
    for (const id of ['python', 'java', 'go', 'nodejs', 'rust', 'csharp', 'ruby', 'php', 'elixir', 'kotlin', 'scala', 'cpp'])
      expect(technologyById(id)?.backend, id).toBe(true);
    for (const id of ['javascript', 'typescript']) expect(technologyById(id)?.backend, id).toBe(false);
  });
  it('returns undefined for an unknown id', () => {
    expect(technologyById('cobol-on-cogs')).toBeUndefined();
  });
  it('maps dependency names to technologies', () => {
    expect(technologyOfDependency('psycopg2')?.id).toBe('postgresql');
    expect(technologyOfDependency('github.com/jackc/pgx/v5')?.id).toBe('postgresql');
    expect(technologyOfDependency('left-pad')).toBeUndefined();
  });
});
