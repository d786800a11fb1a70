import type { GitHubEvidence } from '@/lib/profile/github-evidence';
import type { RateBudgetSnapshot } from '@/lib/github/budget';
import type { QueuedAnalysis } from '@/lib/store/records';
import { githubSummary } from '@/lib/workspace/evidence';
import { githubFailureWords } from '@/lib/workspace/labels';

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** A running analysis whose worker was stopped (its lease ran out): it is picked up again; Refresh may hurry it. */
export const interrupted = (job: QueuedAnalysis | undefined, now: number) => job?.state === 'working' && (job.leaseUntil === null || job.leaseUntil <= now);

/** Where the analysis stands, in a sentence; null when there is nothing to say. */
export function jobLine(job: QueuedAnalysis | undefined, hasGitHub: boolean, now = Date.now()): string | null {
  if (!hasGitHub) return null;
  if (!job) return 'GitHub analysis queued.';
  switch (job.state) {
    case 'queued':
      return job.message ?? 'GitHub analysis queued.';
    case 'working':
      return interrupted(job, now) ? 'The GitHub analysis was interrupted; it starts again shortly, or use Refresh.' : 'Reading GitHub…';
    case 'waiting':
      return `Waiting for GitHub until ${time(job.notBefore)}. ${job.message ?? ''}`.trim();
    case 'failed':
      return githubFailureWords(job.message);
    case 'done':
      return 'GitHub analysis done.';
  }
}

function budgetLine(budget: RateBudgetSnapshot | undefined): string | null {
  const window = budget?.graphql ?? budget?.core;
  if (!window) return null;
  return `GitHub requests left: ${window.remaining} of ${window.limit}, resets at ${time(window.resetAt)}.`;
}

/**
 * GitHub in one line ("GitHub: 14 repositories read, 2 merged pull requests
 * to others' backend projects"); the state of the analysis, the budget and
 * the refresh behind it. A failure is shown open, with its next step.
 */
export function GitHubLine({
  login,
  evidence,
  job,
  budget,
  facts,
  now,
  hide = (text) => text,
  onRefresh,
}: {
  login: string | null;
  evidence: GitHubEvidence | null | undefined;
  job: QueuedAnalysis | undefined;
  budget: RateBudgetSnapshot | undefined;
  /** Followers, contributions, organisations from the GitHub page itself. */
  facts: string;
  now: number;
  /** Blind mode's filter for what the line says (a failure may name the login). */
  hide?: (text: string) => string;
  onRefresh(): void;
}) {
  const line = jobLine(job, !!login, now);
  const state = line === null ? null : hide(line);
  if (!state && !facts) return null;
  const failed = job?.state === 'failed';
  const summary = githubSummary(evidence) ?? (failed ? 'GitHub: the analysis stopped' : job?.state === 'done' ? 'GitHub: nothing read' : 'GitHub: reading…');
  const budgetText = budgetLine(budget);
  return (
    <section className="github" aria-labelledby="github-title">
      <h2 id="github-title" className="visually-hidden">
        GitHub
      </h2>
      <details open={failed}>
        <summary>{summary}</summary>
        {facts ? <p className="muted small">{facts}</p> : null}
        {state ? (
          <p role="status" className={failed ? 'alert' : 'small'}>
            {state}
          </p>
        ) : null}
        {evidence?.limits.map((limit) => (
          <p key={limit} className="muted small">
            {limit}
          </p>
        ))}
        {budgetText ? <p className="muted small">{budgetText}</p> : null}
        {login ? (
          <button type="button" onClick={onRefresh} disabled={job?.state === 'working' && !interrupted(job, now)}>
            {failed ? 'Try again' : 'Refresh GitHub evidence'}
          </button>
        ) : null}
      </details>
    </section>
  );
}
