/**
 * Dependency manifests: which packages a repository names, and which of those
 * are backend frameworks or database drivers. The shared vocabulary's
 * package table decides first; the data below adds what it does not carry
 * (Maven groups, Rust crates, more frameworks) with a recruiter's words for
 * each.
 */
import { technologyOfDependency } from './technologies';

/** Manifest files the token path reads, at the repository root. */
export const MANIFEST_FILES = [
  'package.json',
  'go.mod',
  'requirements.txt',
  'pyproject.toml',
  'pom.xml',
  'build.gradle',
  'Gemfile',
  'composer.json',
  'Cargo.toml',
] as const;
export type ManifestFile = (typeof MANIFEST_FILES)[number];

function jsonKeys(text: string, fields: readonly string[]): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return [];
    return fields.flatMap((field) => {
      const section = (parsed as Record<string, unknown>)[field];
      return section && typeof section === 'object' && !Array.isArray(section) ? Object.keys(section) : [];
    });
  } catch {
    return [];
  }
}

function goMod(text: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else if (inBlock && line) out.push(line.split(/\s+/)[0] ?? '');
    else {
      const m = /^require\s+(\S+)\s+\S+/.exec(line);
      if (m?.[1]) out.push(m[1]);
    }
  }
  return out.filter(Boolean);
}

function requirementName(spec: string): string {
  return (spec.trim().split(/[\s<>=!~;[(@]/)[0] ?? '').toLowerCase();
}

function requirementsTxt(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('-'))
    .map(requirementName)
    .filter(Boolean);
}

function pyproject(text: string): string[] {
  const names: string[] = [];
  // PEP 621: dependencies = ["fastapi>=0.110", ...] (also optional-dependencies lists).
  for (const m of text.matchAll(/^\s*"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?[^"]*"\s*,?\s*$/gm)) if (m[1]) names.push(m[1].toLowerCase());
  for (const m of text.matchAll(/dependencies\s*=\s*\[([^\]]*)\]/g)) {
    for (const q of (m[1] ?? '').matchAll(/"([^"]+)"|'([^']+)'/g)) names.push(requirementName(q[1] ?? q[2] ?? ''));
  }
  // Poetry: [tool.poetry.dependencies] name = "^1.0"
  const poetry = /\[tool\.poetry\.(?:dev-)?dependencies\]([\s\S]*?)(?=^\[|$(?![\s\S]))/m.exec(text);
  if (poetry?.[1]) for (const m of poetry[1].matchAll(/^\s*([A-Za-z0-9_.-]+)\s*=/gm)) if (m[1] && m[1] !== 'python') names.push(m[1].toLowerCase());
  return [...new Set(names.filter(Boolean))];
}

function pomXml(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(m[1] ?? '')?.[1];
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(m[1] ?? '')?.[1];
    if (artifact) out.push(group ? `${group}:${artifact}` : artifact);
  }
  return out;
}

function gradle(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:implementation|api|compile|runtimeOnly|compileOnly|testImplementation)\s*\(?\s*['"]([^:'"]+):([^:'"]+)(?::[^'"]*)?['"]/g)) {
    out.push(`${m[1]}:${m[2]}`);
  }
  return out;
}

function gemfile(text: string): string[] {
  return [...text.matchAll(/^\s*gem\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '').filter(Boolean);
}

function cargo(text: string): string[] {
  const out: string[] = [];
  for (const section of text.matchAll(/^\[(?:dev-)?dependencies\]([\s\S]*?)(?=^\[|$(?![\s\S]))/gm)) {
    for (const m of (section[1] ?? '').matchAll(/^\s*([A-Za-z0-9_-]+)\s*=/gm)) if (m[1]) out.push(m[1]);
  }
  return out;
}

/** Package names a manifest declares; an unreadable manifest names none. */
export function parseManifest(file: ManifestFile, text: string): string[] {
  switch (file) {
    case 'package.json':
      return jsonKeys(text, ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']);
    case 'composer.json':
      return jsonKeys(text, ['require', 'require-dev']).filter((name) => name !== 'php' && !name.startsWith('ext-'));
    case 'go.mod':
      return goMod(text);
    case 'requirements.txt':
      return requirementsTxt(text);
    case 'pyproject.toml':
      return pyproject(text);
    case 'pom.xml':
      return pomXml(text);
    case 'build.gradle':
      return gradle(text);
    case 'Gemfile':
      return gemfile(text);
    case 'Cargo.toml':
      return cargo(text);
  }
}

export type DependencyKind = 'framework' | 'database' | 'messaging' | 'api' | 'observability';

export interface BackendDependency {
  /** A package name, or a prefix ending in "/" or ":" (Maven group). */
  name: string;
  kind: DependencyKind;
  /** What it is, for the reason ("Gin web framework"). */
  what: string;
}

const d = (name: string, kind: DependencyKind, what: string): BackendDependency => ({ name, kind, what });

/**
 * Packages whose presence says "this is server-side code", beyond the
 * vocabulary's own table (a test keeps the two from repeating each other).
 */
export const BACKEND_DEPENDENCIES: readonly BackendDependency[] = [
  // Node.js
  d('fastify', 'framework', 'the Fastify web framework'),
  d('koa', 'framework', 'the Koa web framework'),
  d('@hapi/hapi', 'framework', 'the hapi web framework'),
  d('prisma', 'database', 'the Prisma database toolkit'),
  d('@prisma/client', 'database', 'the Prisma database toolkit'),
  d('typeorm', 'database', 'the TypeORM database toolkit'),
  d('sequelize', 'database', 'the Sequelize database toolkit'),
  d('knex', 'database', 'the Knex SQL builder'),
  // Go
  d('github.com/labstack/echo', 'framework', 'the Echo web framework'),
  d('github.com/gofiber/fiber', 'framework', 'the Fiber web framework'),
  d('github.com/go-chi/chi', 'framework', 'the chi HTTP router'),
  d('github.com/gorilla/mux', 'framework', 'the gorilla/mux HTTP router'),
  d('github.com/redis/go-redis', 'database', 'the Redis client'),
  d('gorm.io/gorm', 'database', 'the GORM database toolkit'),
  d('github.com/jmoiron/sqlx', 'database', 'the sqlx database library'),
  d('github.com/IBM/sarama', 'messaging', 'the Kafka client'),
  d('github.com/nats-io/nats.go', 'messaging', 'the NATS client'),
  // Python
  d('aiohttp', 'framework', 'the aiohttp web framework'),
  d('sqlalchemy', 'database', 'the SQLAlchemy database toolkit'),
  d('alembic', 'database', 'the Alembic database migration tool'),
  // Java / Kotlin (Maven groups end with ":")
  d('org.springframework.boot:', 'framework', 'the Spring Boot framework'),
  d('org.springframework:', 'framework', 'the Spring framework'),
  d('io.quarkus:', 'framework', 'the Quarkus framework'),
  d('io.micronaut:', 'framework', 'the Micronaut framework'),
  d('io.ktor:', 'framework', 'the Ktor framework'),
  d('com.mysql:mysql-connector-j', 'database', 'the MySQL driver'),
  d('org.hibernate:', 'database', 'the Hibernate database toolkit'),
  d('org.hibernate.orm:', 'database', 'the Hibernate database toolkit'),
  d('org.flywaydb:', 'database', 'the Flyway database migration tool'),
  d('org.liquibase:', 'database', 'the Liquibase database migration tool'),
  d('org.apache.kafka:', 'messaging', 'the Kafka client'),
  d('io.grpc:', 'api', 'gRPC'),
  // Ruby
  d('sinatra', 'framework', 'the Sinatra web framework'),
  d('sidekiq', 'messaging', 'the Sidekiq job queue'),
  // PHP
  d('laravel/framework', 'framework', 'the Laravel framework'),
  d('symfony/framework-bundle', 'framework', 'the Symfony framework'),
  d('doctrine/orm', 'database', 'the Doctrine database toolkit'),
  // Rust
  d('actix-web', 'framework', 'the Actix web framework'),
  d('axum', 'framework', 'the axum web framework'),
  d('rocket', 'framework', 'the Rocket web framework'),
  d('sqlx', 'database', 'the sqlx database library'),
  d('diesel', 'database', 'the Diesel database toolkit'),
  d('tokio-postgres', 'database', 'the PostgreSQL driver'),
  d('tonic', 'api', 'gRPC (tonic)'),
];

const SERVER_KINDS = new Set<string>(['framework', 'database', 'api', 'messaging', 'observability']);

/** The backend packages among a repository's dependencies, each once. */
export function backendDependencies(names: readonly string[]): Array<{ name: string; dependency: BackendDependency }> {
  const out: Array<{ name: string; dependency: BackendDependency }> = [];
  const seen = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    const technology = technologyOfDependency(name);
    if (technology?.backend && SERVER_KINDS.has(technology.category)) {
      if (!seen.has(technology.name)) {
        seen.add(technology.name);
        out.push({ name, dependency: { name, kind: technology.category as DependencyKind, what: technology.name } });
      }
      continue;
    }
    const dependency = BACKEND_DEPENDENCIES.find((dep) => {
      const want = dep.name.toLowerCase();
      return want.endsWith(':') ? lower.startsWith(want) : lower === want || lower.startsWith(`${want}/`);
    });
    if (dependency && !seen.has(dependency.what)) {
      seen.add(dependency.what);
      out.push({ name, dependency });
    }
  }
  return out;
}
