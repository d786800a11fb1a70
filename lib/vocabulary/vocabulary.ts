/**
 * The technologies the screening rules recognise, as data, and a word-aware
 * matcher that finds them in free text.
 *
 * Matching is case-insensitive for names nobody writes in prose by accident
 * ("PostgreSQL", "Kubernetes") and case-sensitive, with a context check, for
 * names that are also English words: "Go" (the verb), "REST" ("the rest of"),
 * "Rust" ("Rust Belt"), "Spring" ("Spring 2021"), "Express" ("Express
 * delivery"). "Java" never matches inside "JavaScript": a match must start
 * and end at a word boundary (letters and digits on either side refuse it).
 */

export type Category =
  | 'language'
  | 'framework'
  | 'database'
  | 'api'
  | 'cloud'
  | 'container'
  | 'messaging'
  | 'observability'
  | 'testing'
  | 'ci';

export interface Technology {
  id: string;
  name: string;
  category: Category;
  aliases: readonly string[];
  /** Server-side technology: what a backend engineer's work is made of. */
  backend: boolean;
}

export interface TechnologyMatch {
  technology: Technology;
  /** The words as written in the text. */
  matched: string;
  /** Where they start in the text. */
  index: number;
}

/**
 * An alias written `=Word` matches only with exactly that capitalisation;
 * every other alias matches in any case. Ambiguous words also pass a context
 * check (`GUARDS` below).
 */
interface TechnologyData {
  id: string;
  name: string;
  category: Category;
  aliases: readonly string[];
  backend: boolean;
}

const t = (
  id: string,
  name: string,
  category: Category,
  backend: boolean,
  aliases: readonly string[] = [],
): TechnologyData => ({ id, name, category, backend, aliases: [name, ...aliases] });

const DATA: readonly TechnologyData[] = [
  // Languages. DOMAIN.md's backend languages are backend; browser languages are not.
  t('python', 'Python', 'language', true, ['Python3', 'Python 3']),
  t('java', 'Java', 'language', true, ['Java 8', 'Java 11', 'Java 17', 'Java 21']),
  t('go', 'Go', 'language', true, ['Golang', '=Go']),
  t('nodejs', 'Node.js', 'language', true, ['NodeJS', 'Node JS', '=Node']),
  t('rust', 'Rust', 'language', true, ['=Rust']),
  t('csharp', 'C#', 'language', true, ['C Sharp', 'CSharp']),
  t('ruby', 'Ruby', 'language', true, ['=Ruby']),
  t('php', 'PHP', 'language', true),
  t('elixir', 'Elixir', 'language', true, ['=Elixir']),
  t('erlang', 'Erlang', 'language', true),
  t('kotlin', 'Kotlin', 'language', true),
  t('scala', 'Scala', 'language', true),
  t('cpp', 'C++', 'language', true, ['CPP']),
  t('clojure', 'Clojure', 'language', true),
  t('perl', 'Perl', 'language', true),
  t('javascript', 'JavaScript', 'language', false, ['=JS', 'ES6', 'ECMAScript']),
  t('typescript', 'TypeScript', 'language', false, ['=TS']),
  t('html', 'HTML', 'language', false, ['HTML5']),
  t('css', 'CSS', 'language', false, ['CSS3', 'SCSS', '=Sass', '=SASS']),
  t('swift', 'Swift', 'language', false, ['=Swift']),
  t('dart', 'Dart', 'language', false, ['=Dart']),
  t('r', 'R', 'language', false, ['=R']),
  t('bash', 'Bash', 'language', false, ['=Bash', 'Shell scripting', 'PowerShell']),

  // Backend frameworks and ORMs.
  t('django', 'Django', 'framework', true, ['Django REST Framework', 'DRF']),
  t('flask', 'Flask', 'framework', true, ['=Flask']),
  t('fastapi', 'FastAPI', 'framework', true),
  t('spring', 'Spring', 'framework', true, ['Spring Boot', 'Spring Framework', 'SpringBoot', '=Spring']),
  t('express', 'Express', 'framework', true, ['Express.js', 'ExpressJS', '=Express']),
  t('nestjs', 'NestJS', 'framework', true, ['Nest.js']),
  t('rails', 'Ruby on Rails', 'framework', true, ['=Rails', 'RoR']),
  t('laravel', 'Laravel', 'framework', true),
  t('symfony', 'Symfony', 'framework', true),
  t('dotnet', '.NET', 'framework', true, ['ASP.NET', 'ASP.NET Core', '.NET Core', 'dotnet']),
  t('gin', 'Gin', 'framework', true, ['=Gin']),
  t('phoenix', 'Phoenix', 'framework', true, ['Phoenix Framework', 'Phoenix LiveView', '=Phoenix']),
  t('micronaut', 'Micronaut', 'framework', true),
  t('quarkus', 'Quarkus', 'framework', true),
  t('ktor', 'Ktor', 'framework', true),
  t('hibernate', 'Hibernate', 'framework', true, ['JPA']),
  t('sqlalchemy', 'SQLAlchemy', 'framework', true),
  t('celery', 'Celery', 'messaging', true, ['=Celery']),
  t('spark', 'Apache Spark', 'framework', true, ['PySpark', '=Spark']),
  t('airflow', 'Apache Airflow', 'framework', true, ['=Airflow']),
  t('dbt', 'dbt', 'framework', false, ['=dbt']),
  t('pandas', 'pandas', 'framework', false, ['=pandas', '=Pandas']),
  t('react', 'React', 'framework', false, ['=React', 'React.js', 'ReactJS', 'React Native']),
  t('angular', 'Angular', 'framework', false, ['=Angular', 'AngularJS']),
  t('vue', 'Vue', 'framework', false, ['Vue.js', 'VueJS', 'Nuxt']),
  t('nextjs', 'Next.js', 'framework', false, ['NextJS']),
  t('svelte', 'Svelte', 'framework', false, ['SvelteKit']),
  t('jquery', 'jQuery', 'framework', false),
  t('redux', 'Redux', 'framework', false),
  t('tailwind', 'Tailwind CSS', 'framework', false, ['Tailwind']),
  t('tableau', 'Tableau', 'framework', false),
  t('powerbi', 'Power BI', 'framework', false, ['PowerBI']),

  // Databases and data stores. "SQL" and "NoSQL" are generic: they count as a
  // mention but never as a named database.
  t('sql', 'SQL', 'database', false, ['T-SQL', 'PL/SQL']),
  t('nosql', 'NoSQL', 'database', false),
  t('postgresql', 'PostgreSQL', 'database', true, ['Postgres', 'Postgre', 'PostGIS']),
  t('mysql', 'MySQL', 'database', true, ['Aurora MySQL']),
  t('mariadb', 'MariaDB', 'database', true),
  t('mongodb', 'MongoDB', 'database', true, ['Mongo', 'Mongoose']),
  t('redis', 'Redis', 'database', true),
  t('memcached', 'Memcached', 'database', true),
  t('dynamodb', 'DynamoDB', 'database', true, ['Dynamo DB']),
  t('cassandra', 'Cassandra', 'database', true, ['ScyllaDB']),
  t('elasticsearch', 'Elasticsearch', 'database', true, ['Elastic Search', 'OpenSearch']),
  t('sqlite', 'SQLite', 'database', true),
  t('oracle', 'Oracle Database', 'database', true, ['Oracle DB', 'Oracle SQL', '=Oracle']),
  t('sqlserver', 'SQL Server', 'database', true, ['MSSQL', 'MS SQL', 'Microsoft SQL Server']),
  t('cockroachdb', 'CockroachDB', 'database', true),
  t('neo4j', 'Neo4j', 'database', true),
  t('clickhouse', 'ClickHouse', 'database', true),
  t('snowflake', 'Snowflake', 'database', true, ['=Snowflake']),
  t('bigquery', 'BigQuery', 'database', true),
  t('redshift', 'Redshift', 'database', true, ['Amazon Redshift']),
  t('firestore', 'Firestore', 'database', true, ['Firebase Realtime Database']),
  t('couchbase', 'Couchbase', 'database', true, ['CouchDB']),
  t('influxdb', 'InfluxDB', 'database', true),
  t('timescaledb', 'TimescaleDB', 'database', true),
  t('rocksdb', 'RocksDB', 'database', true),
  t('leveldb', 'LevelDB', 'database', true),
  t('hbase', 'HBase', 'database', true, ['Apache HBase']),
  t('foundationdb', 'FoundationDB', 'database', true),

  // API styles.
  t('rest', 'REST', 'api', true, ['=REST', 'RESTful', 'REST API', 'REST APIs', 'RESTful API', 'RESTful APIs']),
  t('graphql', 'GraphQL', 'api', true, ['Apollo Server', 'Apollo GraphQL']),
  t('grpc', 'gRPC', 'api', true, ['Protocol Buffers', 'protobuf']),
  t('openapi', 'OpenAPI', 'api', true, ['=Swagger']),
  t('soap', 'SOAP', 'api', true, ['=SOAP']),
  t('websocket', 'WebSockets', 'api', true, ['WebSocket', 'Socket.IO']),

  // Cloud and infrastructure as code.
  t('aws', 'AWS', 'cloud', true, ['Amazon Web Services', 'EC2', 'AWS Lambda', '=S3', 'CloudFormation', 'Elastic Beanstalk']),
  t('gcp', 'GCP', 'cloud', true, ['Google Cloud', 'Google Cloud Platform', 'GKE', 'Cloud Run']),
  t('azure', 'Azure', 'cloud', true, ['Microsoft Azure', 'AKS']),
  t('heroku', 'Heroku', 'cloud', true),
  t('digitalocean', 'DigitalOcean', 'cloud', true, ['Digital Ocean']),
  t('terraform', 'Terraform', 'cloud', true, ['OpenTofu']),
  t('ansible', 'Ansible', 'cloud', true),
  t('pulumi', 'Pulumi', 'cloud', true),

  // Containers and orchestration.
  t('docker', 'Docker', 'container', true, ['=Docker', 'Docker Compose', 'docker-compose', 'Dockerfile', 'Dockerfiles']),
  t('kubernetes', 'Kubernetes', 'container', true, ['K8s', 'EKS']),
  t('helm', 'Helm', 'container', true, ['Helm charts', '=Helm']),
  t('openshift', 'OpenShift', 'container', true),
  t('ecs', 'Amazon ECS', 'container', true, ['=ECS', 'Fargate']),
  t('nomad', 'Nomad', 'container', true, ['=Nomad']),

  // Messaging and streaming.
  t('kafka', 'Kafka', 'messaging', true, ['Apache Kafka', 'Kafka Streams']),
  t('rabbitmq', 'RabbitMQ', 'messaging', true, ['Rabbit MQ']),
  t('sqs', 'Amazon SQS', 'messaging', true, ['SQS', 'SNS']),
  t('pubsub', 'Pub/Sub', 'messaging', true, ['Google Pub/Sub', 'Cloud Pub/Sub']),
  t('nats', 'NATS', 'messaging', true, ['=NATS']),
  t('kinesis', 'Kinesis', 'messaging', true, ['Amazon Kinesis']),
  t('activemq', 'ActiveMQ', 'messaging', true),
  t('sidekiq', 'Sidekiq', 'messaging', true),
  t('pulsar', 'Apache Pulsar', 'messaging', true),

  // Observability.
  t('datadog', 'Datadog', 'observability', true, ['DataDog']),
  t('newrelic', 'New Relic', 'observability', true, ['NewRelic']),
  t('prometheus', 'Prometheus', 'observability', true),
  t('grafana', 'Grafana', 'observability', true),
  t('opentelemetry', 'OpenTelemetry', 'observability', true, ['OTel']),
  t('jaeger', 'Jaeger', 'observability', true),
  t('sentry', 'Sentry', 'observability', true, ['=Sentry']),
  t('elk', 'ELK', 'observability', true, ['=ELK', 'ELK stack', 'Elastic Stack', 'Kibana', 'Logstash']),
  t('splunk', 'Splunk', 'observability', true),
  t('honeycomb', 'Honeycomb', 'observability', true, ['=Honeycomb']),
  t('cloudwatch', 'CloudWatch', 'observability', true),
  t('zipkin', 'Zipkin', 'observability', true),

  // Testing.
  t('junit', 'JUnit', 'testing', false, ['JUnit5', 'JUnit 5']),
  t('pytest', 'pytest', 'testing', false, ['PyTest']),
  t('jest', 'Jest', 'testing', false, ['=Jest']),
  t('mocha', 'Mocha', 'testing', false, ['=Mocha']),
  t('vitest', 'Vitest', 'testing', false),
  t('cypress', 'Cypress', 'testing', false),
  t('selenium', 'Selenium', 'testing', false, ['WebDriver', 'Selenium WebDriver']),
  t('playwright', 'Playwright', 'testing', false, ['=Playwright']),
  t('rspec', 'RSpec', 'testing', false),
  t('testng', 'TestNG', 'testing', false),
  t('cucumber', 'Cucumber', 'testing', false, ['=Cucumber', '=Gherkin']),
  t('testcontainers', 'Testcontainers', 'testing', false),
  t('postman', 'Postman', 'testing', false, ['=Postman']),
  t('jmeter', 'JMeter', 'testing', false),
  t('k6', 'k6', 'testing', false),
  t('mockito', 'Mockito', 'testing', false),
  t('xunit', 'xUnit', 'testing', false, ['xUnit.net']),
  t('nunit', 'NUnit', 'testing', false),
  t('phpunit', 'PHPUnit', 'testing', false),
  t('moq', 'Moq', 'testing', false, ['=Moq']),
  t('neoload', 'NeoLoad', 'testing', false),
  t('gatling', 'Gatling', 'testing', false),
  t('soapui', 'SoapUI', 'testing', false),
  t('robot-framework', 'Robot Framework', 'testing', false),

  // Continuous integration and delivery.
  t('jenkins', 'Jenkins', 'ci', false, ['Jenkinsfile']),
  t('github-actions', 'GitHub Actions', 'ci', false),
  // "Gitlab Pipelines" is how many people name GitLab's CI/CD (DOMAIN.md).
  t('gitlab-ci', 'GitLab CI', 'ci', false, ['GitLab CI/CD', 'GitLab-CI', 'GitLab CICD', 'GitLab Pipelines', 'GitLab Pipeline', 'GitLab Runner', 'GitLab Runners', '.gitlab-ci.yml']),
  t('bitbucket-pipelines', 'Bitbucket Pipelines', 'ci', false, ['Bitbucket Pipeline']),
  t('circleci', 'CircleCI', 'ci', false, ['Circle CI']),
  t('travis', 'Travis CI', 'ci', false, ['TravisCI']),
  t('argocd', 'Argo CD', 'ci', false, ['ArgoCD']),
  t('buildkite', 'Buildkite', 'ci', false),
  t('teamcity', 'TeamCity', 'ci', false),
  t('azure-devops', 'Azure DevOps', 'ci', false, ['Azure Pipelines']),
  t('cicd', 'CI/CD', 'ci', false, ['CI / CD', 'CICD']),
];

export const TECHNOLOGIES: readonly Technology[] = DATA;

/** Technologies that are a kind of thing, not a named product ("SQL", "NoSQL", "CI/CD"). */
export const GENERIC_TECHNOLOGY_IDS: ReadonlySet<string> = new Set(['sql', 'nosql', 'cicd']);

const BY_ID = new Map<string, Technology>(TECHNOLOGIES.map((tech) => [tech.id, tech]));

export function technologyById(id: string): Technology | undefined {
  return BY_ID.get(id);
}

export const CATEGORIES: readonly Category[] = [
  'language',
  'framework',
  'database',
  'api',
  'cloud',
  'container',
  'messaging',
  'observability',
  'testing',
  'ci',
];

// ---------------------------------------------------------------------------
// Context checks for words that are also English.

/** Words that follow a technology in a list, or a job title. */
const TECH_NEIGHBOUR =
  /^\s*(?:[,/&+|;)(]|-(?:based|powered|backed)\b|and\b|or\b|with\b|is\b|was\b|has\b|developer|engineer|programmer|services?\b|microservices|backend|back-end|code\b|modules?\b|stack\b|apps?\b|applications?\b|api|server|tooling|libraries|library|$)/i;

/** Words before a language name that make "Go" the language: "in Go", "with Go". */
const LANGUAGE_LEAD_IN = new Set(['in', 'with', 'using', 'learned', 'learning', 'wrote', 'written', 'rewrote', 'rewritten', 'ported', 'migrated', 'plus', 'including', 'like', 'via', 'and', 'or', 'idiomatic', 'modern']);
/** Words before "go" that make it the verb: "to go", "we go", "let's go". */
const VERB_LEAD_IN = new Set(['to', 'will', 'would', 'can', 'could', "let's", 'lets', 'must', 'should', "didn't", "don't", 'we', 'i', 'they', 'you', 'us', 'me', 'not', 'ready', 'set']);
/** Words before "Oracle" that make it a database: what something runs on or is stored in. */
const ORACLE_LEAD_IN = new Set(['on', 'sur', 'avec', 'auf', 'mit', 'unter', 'con', 'com', 'en', 'na', 'w', 'em', 'using', 'into', 'from', 'to', 'and', 'or', 'et', 'und', 'y', 'e', 'i']);
/** Words before "Spring" that make it the season. */
const SEASON_LEAD_IN = new Set(['this', 'last', 'next', 'early', 'late', 'in', 'during', 'the', 'of', 'each', 'every', 'by', 'since', 'until']);

/** A JVM word close by makes an ambiguous "Spring" the framework. */
function nearJvm(text: string, index: number): boolean {
  return /\b(?:Java|Kotlin|JVM|Hibernate|JPA|Maven|Gradle|Boot|microservices?)\b/.test(text.slice(Math.max(0, index - 80), index + 80));
}

function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m?.[1]?.toLowerCase() ?? '';
}

function rest(text: string, end: number, length = 40): string {
  return text.slice(end, end + length);
}

/** True when the match opens a sentence (or the text). */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|[.!?:;•*\-–—]\s*|\n\s*)$/.test(before) || before.trim() === '';
}

/** The whole text is just this word ("Go" as one skill). */
function isWholeText(text: string, index: number, matched: string): boolean {
  return text.trim() === matched && text.indexOf(matched) === index;
}

type Guard = (text: string, index: number, matched: string) => boolean;

const GUARDS: Record<string, Guard> = {
  // "Go" the verb: "go live", "Go-to-market", "let's go"; the language is
  // capitalised and sits beside other technologies or in a title.
  go(text, index, matched) {
    if (matched.toLowerCase() === 'golang') return true;
    if (isWholeText(text, index, matched)) return true;
    const after = rest(text, index + matched.length);
    if (/^(?:[\s-]+live\b|-to\b|[\s-]+to[\s-]market)/i.test(after)) return false;
    const before = wordBefore(text, index);
    if (LANGUAGE_LEAD_IN.has(before)) return true;
    if (VERB_LEAD_IN.has(before)) return after.trim() !== '' && TECH_NEIGHBOUR.test(after);
    if (startsSentence(text, index)) return TECH_NEIGHBOUR.test(after);
    if (/^\s+(?:the|a|an|through|over|ahead|back|live|out|beyond|further|above|get|for|on|into|up|down|wrong|well|from)\b/i.test(after))
      return false;
    return true;
  },
  // "the rest of", "Rest assured": only REST in capitals, or Rest/rest beside "API"/"ful".
  rest(text, index, matched) {
    if (/^rest$/i.test(matched) && matched !== 'REST') return false;
    if (matched === 'REST' && /^\s+(?:of|assured)\b/i.test(rest(text, index + matched.length))) return false;
    return true;
  },
  // "Rust Belt", "rust-proofing": the language is capitalised and not a region.
  rust(text, index, matched) {
    return !/^[\s-]+belt\b/i.test(rest(text, index + matched.length));
  },
  // "Spring 2021", "spring semester", "this Spring": the season.
  spring(text, index, matched) {
    if (matched !== 'Spring' || isWholeText(text, index, matched)) return true;
    const after = rest(text, index + matched.length);
    if (/^\s*(?:boot|framework|mvc|cloud|data|security|batch|webflux)\b/i.test(after)) return true;
    if (/^\s*[,’']?\s*(?:'?\d{2}\b|\d{4}\b|semester|term|break|quarter|season|internship|cohort|intake|sale|collection|campaign|fair|festival|cleaning|hiring)/i.test(after))
      return false;
    if (SEASON_LEAD_IN.has(wordBefore(text, index)) || startsSentence(text, index)) return nearJvm(text, index);
    return true;
  },
  // "Express delivery", "American Express", "express my ideas".
  express(text, index, matched) {
    if (matched !== 'Express') return true;
    const after = rest(text, index + matched.length);
    if (/^\s+(?:delivery|deliveries|shipping|mail|lane|checkout|train|entry|post|service|courier|parcel|scripts?)\b/i.test(after))
      return false;
    if (wordBefore(text, index) === 'american') return false;
    if (startsSentence(text, index)) return TECH_NEIGHBOUR.test(after) || /^\s+(?:and|\/)\s/.test(after);
    return true;
  },
  // "Ruby" is also a first name; names are never read, but "Ruby Tuesday" in prose is.
  ruby(text, index, matched) {
    if (isWholeText(text, index, matched)) return true;
    return !/^\s+tuesday\b/i.test(rest(text, index + matched.length));
  },
  // "Oracle" the company: only Oracle with DB/SQL, a version, or as a skill.
  oracle(text, index, matched) {
    if (matched !== 'Oracle') return true;
    if (isWholeText(text, index, matched)) return true;
    if (/^\s*(?:\d+[cgi]?\b|database|db\b|rac\b|pl\/sql|exadata)/i.test(rest(text, index + matched.length))) return true;
    // "on Oracle", "sur Oracle", "auf Oracle": a database something runs on, not the employer ("joined Oracle").
    return ORACLE_LEAD_IN.has(wordBefore(text, index)) || listNeighbour(text, index, matched);
  },
  // "Snowflake" is a data warehouse; as a figure of speech it is lower case.
  snowflake(text, index, matched) {
    return !/^\s+schema\b/i.test(rest(text, index + matched.length)) || matched !== 'Snowflake';
  },
  // "Spark" the verb ("Sparked", "spark interest") is lower case or inflected.
  spark(text, index, matched) {
    if (matched !== 'Spark') return true;
    return !/^\s+(?:interest|joy|curiosity|conversations?|ideas?)\b/i.test(rest(text, index + matched.length));
  },
  // "Helm" as in "at the helm".
  helm(text, index, matched) {
    if (matched !== 'Helm') return true;
    return wordBefore(text, index) !== 'the';
  },
  // Single letters and short words that only count as a skill of their own
  // or in a list of technologies.
  r: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  swift: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched) || /^\s*(?:UI|developer|engineer)\b/i.test(rest(text, index + matched.length)),
  dart: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  nomad: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  gin: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  jest: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  nats: (text, index, matched) => isWholeText(text, index, matched) || listNeighbour(text, index, matched),
  // Tool names that are also food, jobs, places or people: the tool only
  // as a skill of its own, in a list, or beside the words of its trade.
  mocha: toolWord(/\b(?:tests?|testing|Chai|JavaScript|Node(?:\.js)?|unit|Jest|Sinon)\b/i),
  cucumber: toolWord(/\b(?:tests?|testing|BDD|scenarios?|step\s+definitions|features?\s+files?|automation|Java|Ruby|Selenium|Gherkin)\b/i),
  celery: toolWord(/\b(?:Python|Django|Flask|workers?|tasks?|queues?|Redis|RabbitMQ|jobs?|beat)\b/i),
  postman: toolWord(/\b(?:API|APIs|collections?|tests?|testing|requests?|endpoints?|Newman)\b/i),
  playwright: toolWord(/\b(?:tests?|testing|e2e|end[\s-]to[\s-]end|browsers?|automation|Cypress|Selenium)\b/i),
  // Phoenix is also a city, which sits in lists of places too.
  phoenix: toolWord(/\b(?:Elixir|LiveView|Ecto|Erlang|BEAM)\b/, false),
  ecs: () => true,
};

/** A guard for a tool name that is also an everyday word. */
function toolWord(trade: RegExp, inLists = true): Guard {
  return (text, index, matched) =>
    isWholeText(text, index, matched) ||
    (inLists && listNeighbour(text, index, matched)) ||
    trade.test(text.slice(Math.max(0, index - 60), index + matched.length + 60).replace(matched, ' '));
}

/** Between separators of a technology list: "Python, Go, R" or "(Go/R)". */
function listNeighbour(text: string, index: number, matched: string): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  const after = text.slice(index + matched.length, index + matched.length + 3);
  return /[,/|(;]\s*$/.test(before) || /^\s*[,/|);]/.test(after) || /\b(?:and|or|with|in)\s+$/i.test(text.slice(Math.max(0, index - 6), index)) && /^\s*(?:[,/|);.]|$|and\b|or\b)/.test(after);
}

// ---------------------------------------------------------------------------
// The matcher: two precompiled regular expressions (case-insensitive and
// case-sensitive aliases), each a longest-first alternation between word
// boundaries, so a scan is linear in the text.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Google Cloud" also matches "Google  Cloud" and "google-cloud". */
function aliasPattern(alias: string): string {
  return alias
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+');
}

/** Lookup key of a matched alias: lower case, single spaces. */
function keyOf(s: string): string {
  return s.toLowerCase().replace(/[\s-]+/g, ' ');
}

const insensitive = new Map<string, Technology>();
const sensitive = new Map<string, Technology>();
for (const tech of TECHNOLOGIES) {
  for (const alias of tech.aliases) {
    if (alias.startsWith('=')) sensitive.set(alias.slice(1).replace(/[\s-]+/g, ' '), tech);
    else if (!insensitive.has(keyOf(alias))) insensitive.set(keyOf(alias), tech);
  }
}
// A case-sensitive alias whose lower-case form is also an insensitive alias
// would be matched twice; the sensitive one is then the only one kept.
for (const alias of sensitive.keys()) insensitive.delete(keyOf(alias));

/**
 * Longest first, grouped by first character ("k(?:ubernetes|afka|8s)") so the
 * engine tries one group per position instead of every alias.
 */
function alternation(aliases: Iterable<string>, caseSensitive: boolean): string {
  const groups = new Map<string, string[]>();
  for (const alias of [...aliases].sort((a, b) => b.length - a.length)) {
    const first = caseSensitive ? alias.charAt(0) : alias.charAt(0).toLowerCase();
    const list = groups.get(first) ?? [];
    list.push(alias);
    groups.set(first, list);
  }
  return [...groups.entries()]
    .map(([first, list]) => `${escapeRegExp(first)}(?:${list.map((alias) => aliasPattern(alias.slice(1)) || '').join('|')})`)
    .join('|');
}

// Letters, digits and "_" on either side refuse a match ("Java" in
// "JavaScript"); so does a "+" or "#" right after ("C" in "C++"), and a "."
// joining a word after ("Node" in "Node.js" is found as "Node.js").
// Latin letters with accents count as letters too; the 'u' flag and \p{L}
// would cover every script but make the scan three times slower.
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';
const BEFORE = `(?<![${WORD}_#+@.]|[${WORD}]\\.)`;
const AFTER = `(?![${WORD}_#+]|\\.[${WORD}])`;
const INSENSITIVE_RE = new RegExp(`${BEFORE}(?:${alternation(insensitive.keys(), false)})${AFTER}`, 'gi');
const SENSITIVE_RE = new RegExp(`${BEFORE}(?:${alternation(sensitive.keys(), true)})${AFTER}`, 'g');

function collect(re: RegExp, text: string, table: Map<string, Technology>, caseSensitive: boolean, out: TechnologyMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const matched = m[0];
    const key = caseSensitive ? matched.replace(/[\s-]+/g, ' ') : keyOf(matched);
    const technology = table.get(key);
    if (!technology) continue;
    const guard = GUARDS[technology.id];
    if (guard && !guard(text, m.index, matched)) continue;
    out.push({ technology, matched, index: m.index });
  }
}

/**
 * Every technology named in `text`, in reading order. A word that is also
 * English ("go", "rest", "spring") is reported only where it reads as the
 * technology.
 */
export function findTechnologies(text: string): TechnologyMatch[] {
  if (text.length === 0) return [];
  const found: TechnologyMatch[] = [];
  collect(INSENSITIVE_RE, text, insensitive, false, found);
  collect(SENSITIVE_RE, text, sensitive, true, found);
  if (found.length < 2) return found;
  found.sort((a, b) => a.index - b.index || b.matched.length - a.matched.length);
  // Drop a match that lies inside an earlier, longer one.
  const kept: TechnologyMatch[] = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue;
    kept.push(match);
    end = match.index + match.matched.length;
  }
  return kept;
}

/**
 * Package names in dependency manifests that mean a technology is used
 * (npm, PyPI, Go modules, Maven, RubyGems). Keys are lower case.
 */
export const DEPENDENCY_TECHNOLOGIES: Readonly<Record<string, string>> = {
  pg: 'postgresql',
  'pg-promise': 'postgresql',
  postgres: 'postgresql',
  psycopg: 'postgresql',
  psycopg2: 'postgresql',
  'psycopg2-binary': 'postgresql',
  asyncpg: 'postgresql',
  'github.com/lib/pq': 'postgresql',
  'github.com/jackc/pgx': 'postgresql',
  'github.com/jackc/pgx/v5': 'postgresql',
  'org.postgresql:postgresql': 'postgresql',
  mysql: 'mysql',
  mysql2: 'mysql',
  pymysql: 'mysql',
  mysqlclient: 'mysql',
  'github.com/go-sql-driver/mysql': 'mysql',
  'mysql:mysql-connector-java': 'mysql',
  mongodb: 'mongodb',
  mongoose: 'mongodb',
  pymongo: 'mongodb',
  motor: 'mongodb',
  'go.mongodb.org/mongo-driver': 'mongodb',
  redis: 'redis',
  ioredis: 'redis',
  'redis-py': 'redis',
  'github.com/redis/go-redis/v9': 'redis',
  'github.com/go-redis/redis': 'redis',
  sqlite3: 'sqlite',
  'better-sqlite3': 'sqlite',
  'cassandra-driver': 'cassandra',
  '@elastic/elasticsearch': 'elasticsearch',
  elasticsearch: 'elasticsearch',
  '@aws-sdk/client-dynamodb': 'dynamodb',
  kafkajs: 'kafka',
  'kafka-python': 'kafka',
  'confluent-kafka': 'kafka',
  'github.com/segmentio/kafka-go': 'kafka',
  amqplib: 'rabbitmq',
  pika: 'rabbitmq',
  celery: 'celery',
  express: 'express',
  fastify: 'nodejs',
  koa: 'nodejs',
  '@nestjs/core': 'nestjs',
  fastapi: 'fastapi',
  flask: 'flask',
  django: 'django',
  djangorestframework: 'django',
  'github.com/gin-gonic/gin': 'gin',
  'org.springframework.boot:spring-boot-starter-web': 'spring',
  rails: 'rails',
  graphql: 'graphql',
  '@apollo/server': 'graphql',
  'apollo-server': 'graphql',
  'graphene': 'graphql',
  '@grpc/grpc-js': 'grpc',
  grpcio: 'grpc',
  'google.golang.org/grpc': 'grpc',
  'prom-client': 'prometheus',
  prometheus_client: 'prometheus',
  'prometheus-client': 'prometheus',
  'github.com/prometheus/client_golang': 'prometheus',
  '@opentelemetry/api': 'opentelemetry',
  '@opentelemetry/sdk-node': 'opentelemetry',
  'opentelemetry-api': 'opentelemetry',
  'opentelemetry-sdk': 'opentelemetry',
  'go.opentelemetry.io/otel': 'opentelemetry',
  'dd-trace': 'datadog',
  ddtrace: 'datadog',
  newrelic: 'newrelic',
  '@sentry/node': 'sentry',
  'sentry-sdk': 'sentry',
  jest: 'jest',
  vitest: 'vitest',
  mocha: 'mocha',
  pytest: 'pytest',
  'junit:junit': 'junit',
  'org.junit.jupiter:junit-jupiter': 'junit',
  rspec: 'rspec',
  testcontainers: 'testcontainers',
};

/** The technology a dependency name stands for, if any. */
export function technologyOfDependency(name: string): Technology | undefined {
  const key = name.trim().toLowerCase();
  const id = DEPENDENCY_TECHNOLOGIES[key] ?? DEPENDENCY_TECHNOLOGIES[key.replace(/\/v\d+$/, '')];
  return id === undefined ? undefined : BY_ID.get(id);
}
