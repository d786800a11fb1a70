/**
 * Well-known backend frameworks, databases and infrastructure projects, kept
 * as data. A merged pull request into one of these is backend open-source
 * work (DOMAIN.md `oss-backend-contributions`) even on the path without a
 * token, where the target's language and topics are not read.
 *
 * Each entry says in a recruiter's words what the project is; the analysis
 * quotes it. Add entries freely; keep `repo` exactly as GitHub spells it.
 */

export type BackendProjectKind = 'framework' | 'database' | 'infrastructure' | 'api' | 'messaging' | 'observability' | 'language';

export interface BackendProject {
  repo: string;
  kind: BackendProjectKind;
  /** "the Django web framework". */
  what: string;
}

const p = (repo: string, kind: BackendProjectKind, what: string): BackendProject => ({ repo, kind, what });

export const BACKEND_PROJECTS: readonly BackendProject[] = [
  // Web and service frameworks
  p('django/django', 'framework', 'the Django web framework (Python)'),
  p('pallets/flask', 'framework', 'the Flask web framework (Python)'),
  p('tiangolo/fastapi', 'framework', 'the FastAPI web framework (Python)'),
  p('fastapi/fastapi', 'framework', 'the FastAPI web framework (Python)'),
  p('encode/django-rest-framework', 'framework', 'Django REST framework (Python)'),
  p('spring-projects/spring-boot', 'framework', 'the Spring Boot framework (Java)'),
  p('spring-projects/spring-framework', 'framework', 'the Spring framework (Java)'),
  p('quarkusio/quarkus', 'framework', 'the Quarkus framework (Java)'),
  p('micronaut-projects/micronaut-core', 'framework', 'the Micronaut framework (Java)'),
  p('netty/netty', 'framework', 'the Netty network framework (Java)'),
  p('gin-gonic/gin', 'framework', 'the Gin web framework (Go)'),
  p('labstack/echo', 'framework', 'the Echo web framework (Go)'),
  p('gofiber/fiber', 'framework', 'the Fiber web framework (Go)'),
  p('go-chi/chi', 'framework', 'the chi HTTP router (Go)'),
  p('expressjs/express', 'framework', 'the Express web framework (Node.js)'),
  p('nestjs/nest', 'framework', 'the NestJS framework (Node.js)'),
  p('fastify/fastify', 'framework', 'the Fastify web framework (Node.js)'),
  p('koajs/koa', 'framework', 'the Koa web framework (Node.js)'),
  p('rails/rails', 'framework', 'the Ruby on Rails framework'),
  p('laravel/framework', 'framework', 'the Laravel framework (PHP)'),
  p('symfony/symfony', 'framework', 'the Symfony framework (PHP)'),
  p('phoenixframework/phoenix', 'framework', 'the Phoenix framework (Elixir)'),
  p('dotnet/aspnetcore', 'framework', 'ASP.NET Core (C#)'),
  p('tokio-rs/tokio', 'framework', 'the Tokio async runtime (Rust)'),
  p('tokio-rs/axum', 'framework', 'the axum web framework (Rust)'),
  p('actix/actix-web', 'framework', 'the Actix web framework (Rust)'),
  p('sqlalchemy/sqlalchemy', 'database', 'the SQLAlchemy database toolkit (Python)'),
  p('prisma/prisma', 'database', 'the Prisma database toolkit (Node.js)'),
  p('typeorm/typeorm', 'database', 'the TypeORM database toolkit (Node.js)'),
  p('hibernate/hibernate-orm', 'database', 'the Hibernate database toolkit (Java)'),
  p('go-gorm/gorm', 'database', 'the GORM database toolkit (Go)'),
  p('jackc/pgx', 'database', 'the pgx PostgreSQL driver (Go)'),
  p('brianc/node-postgres', 'database', 'the node-postgres PostgreSQL driver'),
  p('psycopg/psycopg', 'database', 'the psycopg PostgreSQL driver (Python)'),
  // Databases and data stores
  p('postgres/postgres', 'database', 'the PostgreSQL database'),
  p('mysql/mysql-server', 'database', 'the MySQL database'),
  p('MariaDB/server', 'database', 'the MariaDB database'),
  p('redis/redis', 'database', 'the Redis data store'),
  p('valkey-io/valkey', 'database', 'the Valkey data store'),
  p('mongodb/mongo', 'database', 'the MongoDB database'),
  p('cockroachdb/cockroach', 'database', 'the CockroachDB database'),
  p('apache/cassandra', 'database', 'the Cassandra database'),
  p('elastic/elasticsearch', 'database', 'the Elasticsearch search engine'),
  p('ClickHouse/ClickHouse', 'database', 'the ClickHouse database'),
  p('duckdb/duckdb', 'database', 'the DuckDB database'),
  p('sqlite/sqlite', 'database', 'the SQLite database'),
  p('etcd-io/etcd', 'database', 'the etcd key-value store'),
  p('pingcap/tidb', 'database', 'the TiDB database'),
  p('vitessio/vitess', 'database', 'Vitess, the MySQL scaling system'),
  p('timescale/timescaledb', 'database', 'the TimescaleDB database'),
  // Messaging
  p('apache/kafka', 'messaging', 'the Kafka event streaming platform'),
  p('rabbitmq/rabbitmq-server', 'messaging', 'the RabbitMQ message broker'),
  p('nats-io/nats-server', 'messaging', 'the NATS messaging server'),
  p('apache/pulsar', 'messaging', 'the Pulsar messaging platform'),
  // APIs and RPC
  p('grpc/grpc', 'api', 'the gRPC framework'),
  p('grpc/grpc-go', 'api', 'gRPC for Go'),
  p('grpc/grpc-java', 'api', 'gRPC for Java'),
  p('protocolbuffers/protobuf', 'api', 'Protocol Buffers'),
  p('graphql/graphql-js', 'api', 'the GraphQL reference implementation'),
  p('apollographql/apollo-server', 'api', 'the Apollo GraphQL server'),
  p('OAI/OpenAPI-Specification', 'api', 'the OpenAPI specification'),
  p('envoyproxy/envoy', 'infrastructure', 'the Envoy proxy'),
  p('nginx/nginx', 'infrastructure', 'the nginx web server'),
  p('traefik/traefik', 'infrastructure', 'the Traefik proxy'),
  // Infrastructure and containers
  p('kubernetes/kubernetes', 'infrastructure', 'Kubernetes'),
  p('moby/moby', 'infrastructure', 'the Docker engine (Moby)'),
  p('docker/compose', 'infrastructure', 'Docker Compose'),
  p('containerd/containerd', 'infrastructure', 'the containerd runtime'),
  p('hashicorp/terraform', 'infrastructure', 'Terraform'),
  p('hashicorp/consul', 'infrastructure', 'Consul'),
  p('hashicorp/vault', 'infrastructure', 'Vault'),
  p('helm/helm', 'infrastructure', 'Helm, the Kubernetes package manager'),
  p('istio/istio', 'infrastructure', 'the Istio service mesh'),
  p('temporalio/temporal', 'infrastructure', 'the Temporal workflow engine'),
  // Observability
  p('prometheus/prometheus', 'observability', 'the Prometheus monitoring system'),
  p('grafana/grafana', 'observability', 'Grafana'),
  p('grafana/loki', 'observability', 'the Loki log store'),
  p('open-telemetry/opentelemetry-collector', 'observability', 'the OpenTelemetry collector'),
  p('open-telemetry/opentelemetry-go', 'observability', 'OpenTelemetry for Go'),
  p('jaegertracing/jaeger', 'observability', 'the Jaeger tracing system'),
  p('getsentry/sentry', 'observability', 'Sentry'),
  // Server-side languages and runtimes
  p('golang/go', 'language', 'the Go language'),
  p('nodejs/node', 'language', 'the Node.js runtime'),
  p('python/cpython', 'language', 'the Python language'),
  p('rust-lang/rust', 'language', 'the Rust language'),
  p('elixir-lang/elixir', 'language', 'the Elixir language'),
];

/**
 * Famous projects that are *not* backend, so the reason can say so rather
 * than stay silent ("facebook/react is a user-interface library").
 */
export const NOT_BACKEND_PROJECTS: ReadonlyArray<{ repo: string; what: string }> = [
  { repo: 'facebook/react', what: 'a user-interface library' },
  { repo: 'facebook/react-native', what: 'a mobile user-interface framework' },
  { repo: 'vuejs/core', what: 'a user-interface framework' },
  { repo: 'vuejs/vue', what: 'a user-interface framework' },
  { repo: 'angular/angular', what: 'a user-interface framework' },
  { repo: 'sveltejs/svelte', what: 'a user-interface framework' },
  { repo: 'vercel/next.js', what: 'a React web framework, mostly front end' },
  { repo: 'twbs/bootstrap', what: 'a CSS toolkit' },
  { repo: 'tailwindlabs/tailwindcss', what: 'a CSS toolkit' },
  { repo: 'mui/material-ui', what: 'a user-interface component library' },
  { repo: 'storybookjs/storybook', what: 'a user-interface workshop' },
  { repo: 'flutter/flutter', what: 'a mobile user-interface framework' },
];

const backendByRepo = new Map(BACKEND_PROJECTS.map((project) => [project.repo.toLowerCase(), project]));
const notBackendByRepo = new Map(NOT_BACKEND_PROJECTS.map((project) => [project.repo.toLowerCase(), project]));
/** Owners whose every project is backend infrastructure (their own org on GitHub). */
const backendOwners = new Set(
  ['postgres', 'redis', 'mongodb', 'cockroachdb', 'kubernetes', 'prometheus', 'grpc', 'etcd-io', 'envoyproxy', 'hashicorp', 'open-telemetry', 'jaegertracing', 'nats-io', 'apache', 'containerd', 'temporalio', 'vitessio', 'pingcap', 'ClickHouse', 'duckdb', 'timescale', 'kubernetes-sigs', 'istio'].map((o) => o.toLowerCase()),
);

export function findBackendProject(fullName: string): BackendProject | undefined {
  return backendByRepo.get(fullName.toLowerCase());
}

export function findNotBackendProject(fullName: string): { repo: string; what: string } | undefined {
  return notBackendByRepo.get(fullName.toLowerCase());
}

/** True for an owner that publishes only backend infrastructure ("kubernetes", "apache"). */
export function isBackendOwner(owner: string): boolean {
  return backendOwners.has(owner.toLowerCase());
}
