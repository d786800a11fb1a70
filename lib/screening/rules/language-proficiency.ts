import type { GitHubRepository } from '../../profile/github-evidence';
import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { ownedRepositories, repositoryEvidence } from '../github';
import { raised, technologyEvidence, type FlagRule, type RuleInput } from '../rule';
import { findTechnologies } from '../../vocabulary/vocabulary';
import { FLAG_LABELS } from '../flag-names';

/** Frameworks that are written in one backend language: "Built Django services" is Python. */
const IMPLIED_LANGUAGE: Readonly<Record<string, string>> = {
  django: 'python',
  flask: 'python',
  fastapi: 'python',
  sqlalchemy: 'python',
  spring: 'java',
  hibernate: 'java',
  quarkus: 'java',
  micronaut: 'java',
  express: 'nodejs',
  nestjs: 'nodejs',
  rails: 'ruby',
  laravel: 'php',
  symfony: 'php',
  dotnet: 'csharp',
  gin: 'go',
  phoenix: 'elixir',
  ktor: 'kotlin',
};

/** A repository pushed within this many days is "active". */
const ACTIVE_DAYS = 2 * 365;

function isBackendLanguage(language: string, repo: GitHubRepository): boolean {
  if (/^(?:JavaScript|TypeScript)$/i.test(language)) return repo.backend.value;
  return findTechnologies(language).some((m) => m.technology.category === 'language' && m.technology.backend);
}

/** "mostly Go (82% of the code)" or null when the code is not mostly a backend language. */
function backendLanguageShare(repo: GitHubRepository): string | null {
  const entries = Object.entries(repo.languages);
  const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
  if (total > 0) {
    const backend = entries.filter(([language]) => isBackendLanguage(language, repo));
    const share = backend.reduce((sum, [, bytes]) => sum + bytes, 0) / total;
    if (share < 0.5) return null;
    const main = backend.sort((a, b) => b[1] - a[1])[0]?.[0] ?? repo.language ?? 'a backend language';
    return `mostly ${main} (${Math.round(share * 100)}% of the code is a backend language)`;
  }
  if (repo.language && isBackendLanguage(repo.language, repo)) return `written in ${repo.language}`;
  return null;
}

function githubEvidence({ github, now }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    if (repo.isArchived || repo.pushedAt === null) continue;
    const pushed = Date.parse(repo.pushedAt);
    if (!Number.isFinite(pushed) || now.getTime() - pushed > ACTIVE_DAYS * 86_400_000) continue;
    const share = backendLanguageShare(repo);
    if (share === null) continue;
    out.push(repositoryEvidence(repo, `${share}, pushed ${repo.pushedAt.slice(0, 10)}`));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/**
 * Green when a backend language (Python, Java, Go, Node.js, Rust, C#, Ruby,
 * PHP, Elixir, Kotlin, Scala, C++), or a framework written in one (Django,
 * Rails, Spring), is used in a role or project, or is most of the code of the
 * person's own active repositories; a skills list alone is not enough, and
 * learning, following or teaching a language is not using it.
 */
export const languageProficiency: FlagRule = {
  id: 'language-proficiency',
  kind: 'green',
  label: FLAG_LABELS['language-proficiency'],
  description:
    'A backend language (Python, Java, Go, Node.js, Rust, C#, Ruby, PHP, Elixir, Kotlin, Scala, C++), or a framework written in one (Django, Rails, Spring), is used in a role or project, or is most of the code of their own active repositories; a skills list alone is not enough, and learning, following or teaching a language is not using it.',
  evaluate(input) {
    const text = technologyEvidence(
      input.reading,
      (m) => (m.technology.category === 'language' && m.technology.backend) || IMPLIED_LANGUAGE[m.technology.id] !== undefined,
    );
    return raised(text, githubEvidence(input));
  },
};
