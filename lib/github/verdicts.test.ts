/**
 * The verdicts a recruiter reads: backend or not, tutorial-level or not,
 * each with its reasons. Fixture users end to end, then the rules as tables.
 */
import { describe, expect, test } from 'vitest';
import { analyseUser, judgeBackend, BACKEND_PROJECTS, judgeTargetBackend, judgeTutorial, type RepositoryFacts } from './';
import { BACKEND_DEPENDENCIES, parseManifest } from './dependencies';
import { technologyOfDependency } from '../vocabulary/vocabulary';
import { FAKE_TOKEN, FIXTURE_LOGINS } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

const facts = (over: Partial<RepositoryFacts>): RepositoryFacts => ({
  fullName: `someone/${over.name ?? 'thing'}`,
  name: 'thing',
  description: 'Something useful',
  language: null,
  topics: [],
  stars: 5,
  sizeKb: 500,
  createdAt: '2024-01-01T00:00:00Z',
  pushedAt: '2025-01-01T00:00:00Z',
  rootFiles: null,
  workflows: null,
  dependencies: null,
  ...over,
});

describe.each([
  ['no token', undefined],
  ['token', FAKE_TOKEN],
])('fixture users (%s)', (_path, token) => {
  test('the tutorial-only junior: every repository looks tutorial-level, each with its reasons, and no outside pull requests', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, token ? { token } : {}).octokit, FIXTURE_LOGINS.tutorial);
    expect(evidence.repositories.length).toBe(5);
    expect(evidence.repositories.every((r) => r.tutorial.value)).toBe(true);
    expect(evidence.contributions).toEqual([]);
    const todo = evidence.repositories.find((r) => r.name === 'todo-app');
    expect(todo?.tutorial.reasons).toEqual([
      'name "todo-app" looks like a to-do app, a classic tutorial exercise',
      'no description',
      'no stars',
      'tiny (24 KB)',
      'never touched after its first week (created 2025-09-02, last push 2025-09-03)',
    ]);
    expect(evidence.repositories.find((r) => r.name === 'udemy-nodejs-course')?.tutorial.reasons[0]).toBe(
      'name "udemy-nodejs-course" looks like course work',
    );
    expect(evidence.repositories.find((r) => r.name === 'netflix-clone')?.tutorial.reasons[0]).toBe(
      'name "netflix-clone" looks like a clone of a well-known product',
    );
  });

  test('the strong backend engineer: backend repositories, none tutorial-level, backend pull requests', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, token ? { token } : {}).octokit, FIXTURE_LOGINS.backend);
    const verdicts = Object.fromEntries(evidence.repositories.map((r) => [r.name, [r.backend.value, r.tutorial.value]]));
    expect(verdicts).toEqual({
      'ledger-service': [true, false],
      'rate-limiter': [true, false],
      'orders-api': [true, false],
      dotfiles: [false, false],
    });
    expect(evidence.contributions.every((c) => c.backend.value)).toBe(true);
    expect(evidence.contributions.find((c) => c.repository === 'prometheus/prometheus')?.backend.reasons).toEqual([
      'prometheus/prometheus is the Prometheus monitoring system, a well-known backend project',
    ]);
  });

  test('the frontend engineer: outside pull requests, none of them backend', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, token ? { token } : {}).octokit, FIXTURE_LOGINS.frontend);
    expect(evidence.contributions.map((c) => c.repository)).toEqual(['vercel/next.js', 'facebook/react']);
    expect(evidence.contributions.some((c) => c.backend.value)).toBe(false);
    expect(evidence.repositories.some((r) => r.backend.value)).toBe(false);
  });

  test('the fork-heavy user: forks kept apart, and the one merged pull request into a database counts', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, token ? { token } : {}).octokit, FIXTURE_LOGINS.forkHeavy);
    expect(evidence.repositories).toEqual([]);
    expect(evidence.forks).toHaveLength(5);
    expect(evidence.contributions).toEqual([
      expect.objectContaining({
        repository: 'cockroachdb/cockroach',
        title: 'sql: fix a panic in EXPLAIN ANALYZE with a nil plan',
        mergedAt: '2026-04-28T00:00:00Z',
        backend: { value: true, reasons: ['cockroachdb/cockroach is the CockroachDB database, a well-known backend project'] },
      }),
    ]);
  });
});

describe('backend relevance of a repository', () => {
  test.each<[string, Partial<RepositoryFacts>, boolean, string[]]>([
    ['a database topic', { topics: ['postgresql'] }, true, ['topics: postgresql']],
    ['a framework named in the description', { description: 'A blog built with Django' }, true, ['description names Django']],
    ['a database driver dependency', { dependencies: ['pg'] }, true, ['depends on pg (PostgreSQL)']],
    ['a Maven group the vocabulary does not list', { dependencies: ['io.quarkus:quarkus-resteasy'] }, true, ['depends on io.quarkus:quarkus-resteasy (the Quarkus framework)']],
    ['migrations at the root', { rootFiles: ['src', 'migrations'] }, true, ['has database migrations (migrations/)']],
    ['Go with a Dockerfile', { language: 'Go', rootFiles: ['Dockerfile'] }, true, ['written mostly in Go', 'ships as a container (Dockerfile)']],
    ['Go and nothing else', { language: 'Go', description: 'A colour picker' }, false, ['written mostly in Go, but nothing names a server framework, database or API']],
    ['a React UI', { language: 'TypeScript', topics: ['react', 'css'], dependencies: ['react'] }, false, []],
    ['a JavaScript service with Express', { language: 'JavaScript', dependencies: ['express'] }, true, ['depends on express (Express)']],
  ])('%s', (_name, over, value, reasons) => {
    const verdict = judgeBackend(facts(over));
    expect(verdict.value).toBe(value);
    expect(verdict.reasons).toEqual(expect.arrayContaining(reasons));
    if (!value) expect(verdict.reasons).toEqual(reasons);
  });
});

describe('backend relevance of a pull request target', () => {
  const byName = (fullName: string) => judgeTargetBackend({ fullName, description: null, language: null, topics: null });

  test.each(['django/django', 'spring-projects/spring-boot', 'golang/go', 'apache/kafka', 'kubernetes/kubernetes', 'grpc/grpc'])(
    '%s is on the curated list',
    (repo) => expect(byName(repo).value).toBe(true),
  );

  test('the curated list holds about sixty projects, each spelt owner/name, none twice', () => {
    expect(BACKEND_PROJECTS.length).toBeGreaterThanOrEqual(60);
    expect(BACKEND_PROJECTS.every((p) => /^[\w.-]+\/[\w.-]+$/.test(p.repo))).toBe(true);
    expect(new Set(BACKEND_PROJECTS.map((p) => p.repo.toLowerCase())).size).toBe(BACKEND_PROJECTS.length);
  });

  test('facebook/react is not backend, and says why', () => {
    expect(byName('facebook/react')).toEqual({ value: false, reasons: ['facebook/react is a user-interface library, not backend'] });
  });

  test('without a token an unknown target is judged by its name, and the reason says so', () => {
    expect(byName('someone/redis-lite')).toEqual({
      value: true,
      reasons: ['the name someone/redis-lite names Redis (without a token its language and topics are not read)'],
    });
    expect(byName('someone/colour-picker').value).toBe(false);
    expect(byName('someone/colour-picker').reasons[0]).toMatch(/not on the list of well-known backend projects/);
  });

  test('with a token an unknown target is judged by its topics and description', () => {
    expect(judgeTargetBackend({ fullName: 'someone/thing', description: null, language: 'Rust', topics: ['database'] }).value).toBe(false);
    expect(judgeTargetBackend({ fullName: 'someone/thing', description: 'An embedded key-value store', language: 'Rust', topics: ['kafka'] })).toEqual({
      value: true,
      reasons: ['written mostly in Rust', 'topics: kafka'],
    });
  });
});

describe('tutorial-level detection', () => {
  test.each<[string, Partial<RepositoryFacts>, boolean]>([
    ['learn-python', { name: 'learn-python' }, true],
    ['freeCodeCamp in the description', { name: 'projects', description: 'My freeCodeCamp projects' }, true],
    ['100-days-of-code', { name: '100-days-of-code' }, true],
    ['a to-do app', { name: 'react-todo' }, true],
    ['a clone', { name: 'twitter-clone' }, true],
    ['a starter template', { name: 'express-starter' }, true],
    ['bootcamp', { name: 'bootcamp-week3' }, true],
    ['tiny, no stars, no description', { description: null, stars: 0, sizeKb: 10 }, true],
    ['tiny and starless but described and maintained', { stars: 0, sizeKb: 10 }, false],
    ['a real service', { name: 'payments-api', stars: 40, sizeKb: 5000 }, false],
    ['"learning" inside a longer word does not count', { name: 'machinelearningops' }, false],
  ])('%s', (_name, over, value) => {
    expect(judgeTutorial(facts(over)).value).toBe(value);
  });

  test('a maintained project has no tutorial reasons', () => {
    expect(judgeTutorial(facts({ name: 'payments-api', stars: 40 }))).toEqual({ value: false, reasons: [] });
  });
});

describe('backend packages', () => {
  test('the analysis adds only what the shared vocabulary does not already say', () => {
    const repeated = BACKEND_DEPENDENCIES.filter((d) => {
      const known = technologyOfDependency(d.name);
      return known !== undefined && known.category !== 'language';
    });
    expect(repeated.map((d) => d.name)).toEqual([]);
  });
});

describe('dependency manifests', () => {
  test.each<[Parameters<typeof parseManifest>[0], string, string[]]>([
    ['package.json', '{"dependencies":{"express":"^4"},"devDependencies":{"jest":"^29"}}', ['express', 'jest']],
    ['go.mod', 'module x\n\nrequire (\n\tgithub.com/lib/pq v1.10.0 // indirect\n\tgithub.com/gin-gonic/gin v1.9.0\n)\nrequire gorm.io/gorm v1.25.0\n', ['github.com/lib/pq', 'github.com/gin-gonic/gin', 'gorm.io/gorm']],
    ['requirements.txt', '# web\nDjango==5.0\npsycopg2-binary>=2.9 ; python_version>"3.8"\n-r base.txt\n', ['django', 'psycopg2-binary']],
    ['pyproject.toml', '[tool.poetry.dependencies]\npython = "^3.12"\nflask = "^3.0"\n', ['flask']],
    ['pom.xml', '<dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency></dependencies>', ['org.postgresql:postgresql']],
    ['build.gradle', "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web:3.2.0'\n}", ['org.springframework.boot:spring-boot-starter-web']],
    ['Gemfile', "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem \"pg\"\n", ['rails', 'pg']],
    ['composer.json', '{"require":{"php":">=8.2","laravel/framework":"^11.0","ext-json":"*"}}', ['laravel/framework']],
    ['Cargo.toml', '[package]\nname = "x"\n\n[dependencies]\naxum = "0.7"\nsqlx = { version = "0.7" }\n', ['axum', 'sqlx']],
    ['package.json', 'not json at all', []],
  ])('%s', (file, text, names) => {
    expect(parseManifest(file, text)).toEqual(names);
  });
});
