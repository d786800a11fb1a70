/**
 * Judgements a recruiter can read: is this repository (or a pull request's
 * target) backend work, and does this repository look tutorial-level. Every
 * verdict carries the reasons that produced it, in plain words.
 */
import type { Judgement } from '../profile/github-evidence';
import { findBackendProject, findNotBackendProject, isBackendOwner } from './backend-projects';
import { backendDependencies } from './dependencies';
import { findTechnologies, TECHNOLOGIES, type Technology } from './technologies';

/** What the verdicts read about one repository; unknown parts are null. */
export interface RepositoryFacts {
  fullName: string;
  name: string;
  description: string | null;
  language: string | null;
  topics: readonly string[];
  stars: number;
  sizeKb: number;
  createdAt: string | null;
  pushedAt: string | null;
  rootFiles: readonly string[] | null;
  workflows: readonly string[] | null;
  dependencies: readonly string[] | null;
}

/** Categories whose mention makes a project server-side (languages are judged apart). */
const SERVER_CATEGORIES = new Set<Technology['category']>(['framework', 'database', 'api', 'messaging', 'observability']);

/** The technology a GitHub language name is ("Go", "C#"), if the vocabulary knows it. */
export function languageTechnology(language: string): Technology | undefined {
  const lower = language.toLowerCase();
  return TECHNOLOGIES.find(
    (t) =>
      t.category === 'language' &&
      (t.name.toLowerCase() === lower || t.aliases.some((a) => a.replace(/^=/, '').toLowerCase() === lower)),
  );
}

/** Languages GitHub reports that only server-side code is written in. */
const DATABASE_LANGUAGES = new Set(['plpgsql', 'plsql', 'tsql']);

function serverTechnologies(text: string): Technology[] {
  return findTechnologies(text)
    .map((m) => m.technology)
    .filter((t) => t.backend && SERVER_CATEGORIES.has(t.category));
}

function names(list: readonly Technology[]): string {
  return [...new Set(list.map((t) => t.name))].join(', ');
}

/** Root entries that only server-side projects carry, with what they show. */
const ROOT_SIGNALS: ReadonlyArray<{ test: RegExp; strong: boolean; say: (name: string) => string }> = [
  { test: /^(migrations?|migrate|alembic|flyway|liquibase|db)$/i, strong: true, say: (n) => `has database migrations (${n}/)` },
  { test: /^(schema\.sql|structure\.sql|.*\.sql)$/i, strong: true, say: (n) => `has a database schema (${n})` },
  { test: /^(openapi|swagger)\.(ya?ml|json)$/i, strong: true, say: (n) => `describes its API (${n})` },
  { test: /\.proto$/i, strong: true, say: (n) => `defines gRPC/protobuf services (${n})` },
  { test: /^(proto|protos)$/i, strong: true, say: (n) => `defines gRPC/protobuf services (${n}/)` },
  { test: /^(Dockerfile|Containerfile)$/i, strong: false, say: (n) => `ships as a container (${n})` },
  { test: /^(docker-)?compose\.ya?ml$|^docker-compose\.ya?ml$/i, strong: false, say: (n) => `runs with Docker Compose (${n})` },
  { test: /^(k8s|kubernetes|helm|charts|deploy|deployments)$/i, strong: false, say: (n) => `has deployment manifests (${n}/)` },
  { test: /^Procfile$/i, strong: false, say: (n) => `runs as a service (${n})` },
];

/** Words in a name or description that say "a server" without naming a technology. */
const SERVER_WORDS = /\b(api|apis|backend|back-end|server|service|services|microservices?|daemon|worker|gateway|middleware)\b/i;

/**
 * Is this repository backend work? A framework, database, API or messaging
 * technology named by its topics, description or dependencies, or files only
 * servers carry (migrations, API descriptions, protobuf), says yes; a backend
 * language needs one more sign (a container, a server word) to count.
 */
export function judgeBackend(repo: RepositoryFacts): Judgement {
  const strong: string[] = [];
  const weak: string[] = [];

  const topicTechs: string[] = [];
  const topicWords: string[] = [];
  for (const topic of repo.topics) {
    const techs = serverTechnologies(topic.replace(/[-_]/g, ' '));
    if (techs.length) topicTechs.push(topic);
    else if (SERVER_WORDS.test(topic.replace(/[-_]/g, ' '))) topicWords.push(topic);
  }
  if (topicTechs.length) strong.push(`topics: ${topicTechs.join(', ')}`);
  if (topicWords.length) weak.push(`topics: ${topicWords.join(', ')}`);

  if (repo.description) {
    const techs = serverTechnologies(repo.description);
    if (techs.length) strong.push(`description names ${names(techs)}`);
    else if (SERVER_WORDS.test(repo.description)) weak.push(`description says "${repo.description.slice(0, 80)}"`);
  }

  if (repo.dependencies) {
    for (const { name, dependency } of backendDependencies(repo.dependencies).slice(0, 4)) {
      strong.push(`depends on ${name} (${dependency.what})`);
    }
  }

  if (repo.rootFiles) {
    const seen = new Set<RegExp>();
    for (const file of repo.rootFiles) {
      const signal = ROOT_SIGNALS.find((s) => s.test.test(file));
      if (!signal || seen.has(signal.test)) continue;
      seen.add(signal.test);
      (signal.strong ? strong : weak).push(signal.say(file));
    }
  }

  if (SERVER_WORDS.test(repo.name.replace(/[-_]/g, ' '))) weak.push(`name "${repo.name}" reads as a server`);

  const language = repo.language ? languageTechnology(repo.language) : undefined;
  const languageIsBackend = Boolean(language?.backend) || DATABASE_LANGUAGES.has((repo.language ?? '').toLowerCase());
  const languageReason = repo.language ? `written mostly in ${repo.language}` : null;

  if (strong.length || (languageIsBackend && weak.length)) {
    const reasons = [...(languageIsBackend && languageReason ? [languageReason] : []), ...strong, ...weak];
    return { value: true, reasons };
  }
  if (languageIsBackend && languageReason) {
    return { value: false, reasons: [`${languageReason}, but nothing names a server framework, database or API`] };
  }
  return { value: false, reasons: [] };
}

/** What is known about the repository a pull request went into. */
export interface TargetFacts {
  fullName: string;
  /** Null on the path without a token, where only the name is known. */
  description: string | null;
  language: string | null;
  topics: readonly string[] | null;
}

/**
 * Is a pull request's target a backend project? The curated list decides
 * first (so facebook/react is never backend, prometheus/prometheus always
 * is); then its topics and description when known; then its name.
 */
export function judgeTargetBackend(target: TargetFacts): Judgement {
  const curated = findBackendProject(target.fullName);
  if (curated) return { value: true, reasons: [`${target.fullName} is ${curated.what}, a well-known backend project`] };
  const notBackend = findNotBackendProject(target.fullName);
  if (notBackend) return { value: false, reasons: [`${target.fullName} is ${notBackend.what}, not backend`] };
  const [owner = '', name = ''] = target.fullName.split('/');
  if (isBackendOwner(owner)) return { value: true, reasons: [`${owner} publishes backend infrastructure (${target.fullName})`] };

  const known = target.topics !== null || target.description !== null || target.language !== null;
  if (known) {
    const verdict = judgeBackend({
      fullName: target.fullName,
      name,
      description: target.description,
      language: target.language,
      topics: target.topics ?? [],
      stars: 0,
      sizeKb: 0,
      createdAt: null,
      pushedAt: null,
      rootFiles: null,
      workflows: null,
      dependencies: null,
    });
    if (verdict.value) return verdict;
    return {
      value: false,
      reasons: verdict.reasons.length ? verdict.reasons : [`nothing in ${target.fullName}'s topics or description names a server framework, database or API`],
    };
  }
  const techs = serverTechnologies(name.replace(/[-_.]/g, ' '));
  if (techs.length) {
    return {
      value: true,
      reasons: [`the name ${target.fullName} names ${names(techs)} (without a token its language and topics are not read)`],
    };
  }
  return {
    value: false,
    reasons: [`${target.fullName} is not on the list of well-known backend projects (without a token its language and topics are not read)`],
  };
}

/** Course, tutorial and clone names, each with the words the reason shows. */
const TUTORIAL_NAMES: ReadonlyArray<{ test: RegExp; say: string }> = [
  { test: /\b(learn|learning)\b/, say: 'a learning exercise' },
  { test: /\btutorials?\b/, say: 'a tutorial' },
  { test: /\b(course|courses|coursework|udemy|coursera|codecademy|edx|pluralsight|scrimba)\b/, say: 'course work' },
  { test: /\b(freecodecamp|free code camp|fcc|odin project|the odin project|theodinproject)\b/, say: 'course work' },
  { test: /\b(bootcamp|boot camp)\b/, say: 'bootcamp work' },
  { test: /\b(100 days|30 days|100daysofcode|days of code)\b/, say: 'a daily-practice challenge' },
  { test: /\b(exercises?|homework|assignments?|practice|katas?|hello world|my first)\b/, say: 'an exercise' },
  { test: /\b(to ?do|todos|todo ?list|todo ?app)\b/, say: 'a to-do app, a classic tutorial exercise' },
  { test: /\bclone\b/, say: 'a clone of a well-known product' },
  { test: /\b(boilerplate|starter|template|skeleton|scaffold)\b/, say: 'boilerplate or a starter template' },
];

const DAY_MS = 86_400_000;

/**
 * Does this repository look like course work, a tutorial, a clone or
 * boilerplate? A course or tutorial name decides it; otherwise three of the
 * four small signs (no description, no stars, tiny, never touched after its
 * first week) together do.
 */
export function judgeTutorial(repo: RepositoryFacts): Judgement {
  const nameText = repo.name.toLowerCase().replace(/[-_.]+/g, ' ');
  const descriptionText = (repo.description ?? '').toLowerCase().replace(/[-_]+/g, ' ');
  const strong: string[] = [];
  for (const { test, say } of TUTORIAL_NAMES) {
    if (test.test(nameText)) strong.push(`name "${repo.name}" looks like ${say}`);
    else if (test.test(descriptionText)) strong.push(`description "${(repo.description ?? '').slice(0, 80)}" looks like ${say}`);
  }
  const weak: string[] = [];
  if (!repo.description?.trim()) weak.push('no description');
  if (repo.stars === 0) weak.push('no stars');
  if (repo.sizeKb < 100) weak.push(`tiny (${repo.sizeKb} KB)`);
  if (repo.createdAt && repo.pushedAt) {
    const created = Date.parse(repo.createdAt);
    const pushed = Date.parse(repo.pushedAt);
    if (Number.isFinite(created) && Number.isFinite(pushed) && pushed - created < 7 * DAY_MS) {
      weak.push(`never touched after its first week (created ${repo.createdAt.slice(0, 10)}, last push ${repo.pushedAt.slice(0, 10)})`);
    }
  }
  if (strong.length || weak.length >= 3) return { value: true, reasons: [...new Set(strong), ...weak] };
  return { value: false, reasons: [] };
}
