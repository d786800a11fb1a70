/**
 * GitHub analysis: what the background worker and the CLI call. Node-only
 * parts (the JSON-file cache) live in ./cache-file and are not re-exported,
 * so the extension bundle never pulls in node:fs.
 */
export { analyseUser, tryAnalyseUser, REST_PATH_LIMIT, type AnalyseOptions } from './analyse';
export { createGitHubClient, DEFAULT_API_URL, type GitHubClient, type GitHubClientOptions, type GitHubOctokit, type RateLimitNotice } from './client';
export { createRateBudget, RateBudgetSnapshot, RateWindow, type RateBudget, type RateResource } from './budget';
export { CacheEntry, DEFAULT_TTL_MS, createMemoryCache, isFresh, cacheKey, type EvidenceCache, type CacheEntryInput } from './cache';
export { GitHubError, GitHubFailure, clockTime, redact, retryAt, toFailure, type GitHubFailureKind } from './errors';
export { judgeBackend, judgeTargetBackend, judgeTutorial, type RepositoryFacts, type TargetFacts } from './relevance';
export { BACKEND_PROJECTS, NOT_BACKEND_PROJECTS, findBackendProject } from './backend-projects';
export { USER_QUERY } from './graphql';
export { checkToken, type TokenCheck } from './token-check';
