import { useId, type ReactNode } from 'react';
import { aliasOf, STAGE_LABELS, VERDICT_LABELS } from '@/lib/workspace/labels';
import { displayProfile } from '@/lib/profile/identity';
import { type Candidate, type Verdict } from '@/lib/store/records';
import type { QueuedAnalysis } from '@/lib/store/records';
import type { RateBudgetSnapshot } from '@/lib/github/budget';
import type { StoredRole } from '@/lib/store/records';
import type { ScreeningResult } from '@/lib/screening';
import { locationText } from '@/lib/workspace/rows';
import { blindScreening, hideIdentity, identityTerms } from '@/lib/workspace/blind';
import { safeHref } from '../links';
import { EvidenceItem, FlagList } from './FlagList';

export interface PopupViewProps {
  candidate: Candidate;
  result: ScreeningResult;
  blind: boolean;
  roles: readonly StoredRole[];
  roleId: string;
  onRoleChange(roleId: string): void;
  job: QueuedAnalysis | undefined;
  budget: RateBudgetSnapshot | undefined;
  onSave(roleId: string): void;
  onVerdict(verdict: Verdict | null): void;
  onOpenSidePanel(): void;
  onRefreshGitHub(): void;
  /** The "same person?" notice (components/identity), shown under the header. */
  identity?: ReactNode;
  /** Now, epoch ms (a running analysis's lease is judged against it). */
  now?: number;
}

const LEVEL_LABELS = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff+', unknown: 'Level unknown' } as const;
const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * What the capture could not read, said plainly so nobody mistakes it for a
 * complete profile. A logged-out LinkedIn page never shows some sections, so
 * scrolling would not help there: signing in does.
 */
export function missingNotes(missing: readonly string[], publicPage = false): string[] {
  return missing.map((section) => {
    const name = `${section.charAt(0).toUpperCase()}${section.slice(1)}`;
    return publicPage ? `${name} not shown to logged-out visitors: sign in to LinkedIn to read them.` : `${name} not loaded yet: scroll the profile.`;
  });
}

/** "1,200 followers · 1,234 contributions in the last year · member of acme, quill". */
export function githubFacts(page: { followers?: number | undefined; contributionsLastYear?: number | undefined; organizations: string[] } | undefined): string {
  if (!page) return '';
  const parts = [
    page.followers !== undefined ? `${page.followers.toLocaleString('en')} followers on GitHub` : '',
    page.contributionsLastYear !== undefined ? `${page.contributionsLastYear.toLocaleString('en')} contributions in the last year` : '',
    page.organizations.length ? `member of ${page.organizations.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** A running analysis whose worker was stopped (its lease ran out): it is picked up again; Refresh may hurry it. */
export const interrupted = (job: QueuedAnalysis | undefined, now: number) => job?.state === 'working' && (job.leaseUntil === null || job.leaseUntil <= now);

function jobLine(job: QueuedAnalysis | undefined, hasGitHub: boolean, now: number): string | null {
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
      return `GitHub analysis failed: ${job.message ?? 'unknown error'}`;
    case 'done':
      return 'GitHub analysis done.';
  }
}

function budgetLine(budget: RateBudgetSnapshot | undefined): string | null {
  const window = budget?.graphql ?? budget?.core;
  if (!window) return null;
  return `GitHub requests left: ${window.remaining} of ${window.limit}, resets at ${time(window.resetAt)}.`;
}

export function PopupView(props: PopupViewProps) {
  const { candidate, blind } = props;
  const now = props.now ?? Date.now();
  const profile = displayProfile(candidate);
  const name = blind ? aliasOf(candidate) : profile.basics.name || profile.basics.profiles?.[0]?.username || candidate.id;
  // Blind mode: no name, login, school or place anywhere, evidence included (lib/workspace/blind.ts).
  const terms = blind ? identityTerms(candidate) : [];
  const hide = (text: string) => (blind ? hideIdentity(text, terms) : text);
  const result = blind ? blindScreening(props.result, terms) : props.result;
  const roleSelect = useId();
  const shortlistNote = useId();
  const green = result.flags.filter((f) => f.kind === 'green');
  const yellow = result.flags.filter((f) => f.kind === 'yellow');
  const seniority = result.seniority;
  const role = result.role;
  // GitHub's own page facts, even when the profile shown is LinkedIn's.
  const facts = githubFacts(candidate.profiles.github?.capture?.githubPage);
  const missing = missingNotes(profile.capture?.missing ?? [], profile.capture?.strategy.page === 'public');
  const onShortlist = props.roles.filter((r) => candidate.shortlists.includes(r.id));
  const github = jobLine(props.job, !!candidate.githubLogin, now);
  const budget = budgetLine(props.budget);

  return (
    <main className="popup">
      <header>
        <h1 className="candidate-name">{name}</h1>
        {profile.basics.label ? <p className="headline">{hide(profile.basics.label)}</p> : null}
        {!blind && locationText(profile) ? <p className="muted">{locationText(profile)}</p> : null}
        {blind ? null : (
          <ul className="accounts" aria-label="Accounts">
            {(profile.basics.profiles ?? []).map((link) => {
              const href = link.url ? safeHref(link.url) : undefined;
              const text = `${link.network}: ${link.username}`;
              return (
                <li key={text}>
                  {href ? (
                    <a href={href} target="_blank" rel="noreferrer">
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </header>

      {props.identity}

      {facts ? <p className="muted">{facts}</p> : null}

      {missing.length > 0 ? (
        <ul className="notice" aria-label="Not read yet">
          {missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="seniority-title" className="seniority">
        <h2 id="seniority-title">Seniority</h2>
        <p>
          <strong>{LEVEL_LABELS[seniority.level]}</strong>
          {seniority.years !== null ? `, ${seniority.years} engineering years` : ''}
        </p>
        {seniority.notes.map((note) => (
          <p key={note} className="muted">
            {note}
          </p>
        ))}
      </section>

      <section aria-labelledby="role-title" className="role">
        <h2 id="role-title">Role match</h2>
        <label htmlFor={roleSelect}>Role</label>{' '}
        <select id={roleSelect} value={props.roleId} onChange={(e) => props.onRoleChange(e.currentTarget.value)}>
          {props.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <p>
          Must-haves met: {role.mustHaveMet} of {role.mustHave.length}
          {role.niceToHave.length > 0 ? ` · nice-to-haves: ${role.niceToHaveMet} of ${role.niceToHave.length}` : ''}
          {role.levelMet === false ? ` · below the role's minimum level (${role.minimumLevel})` : ''}
        </p>
        <ul className="skills" aria-label="Must-haves">
          {role.mustHave.map((skill) => (
            <li key={skill.skill}>
              <details>
                <summary>
                  {skill.met ? '✓ ' : '✗ '}
                  {skill.skill}: {skill.met ? 'met' : 'not evidenced'}
                </summary>
                {skill.evidence.length > 0 ? (
                  <ul className="evidence-list">
                    {skill.evidence.map((e, i) => (
                      <EvidenceItem key={i} evidence={e} />
                    ))}
                  </ul>
                ) : null}
              </details>
            </li>
          ))}
        </ul>
      </section>

      <FlagList kind="green" flags={green} probes={result.probes} />
      <FlagList kind="yellow" flags={yellow} probes={result.probes} />

      {github || budget ? (
        <section aria-labelledby="github-title" className="github">
          <h2 id="github-title">GitHub</h2>
          {github ? <p role="status">{hide(github)}</p> : null}
          {budget ? <p className="muted">{budget}</p> : null}
          {candidate.githubLogin ? (
            <button type="button" onClick={props.onRefreshGitHub} disabled={props.job?.state === 'working' && !interrupted(props.job, now)}>
              Refresh GitHub evidence
            </button>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="decide-title" className="decide">
        <h2 id="decide-title">Your call</h2>
        <div role="group" aria-label="Your verdict" className="row">
          {(Object.keys(VERDICT_LABELS) as Verdict[]).map((verdict) => (
            <button
              key={verdict}
              type="button"
              aria-pressed={candidate.verdict === verdict}
              onClick={() => props.onVerdict(candidate.verdict === verdict ? null : verdict)}
            >
              {VERDICT_LABELS[verdict]}
            </button>
          ))}
        </div>
        <div className="row">
          {/* One choice of role serves the match above and the shortlist here. */}
          <button type="button" onClick={() => props.onSave(props.roleId)} aria-describedby={shortlistNote}>
            Save to shortlist
          </button>
          <span id={shortlistNote} className="muted">
            {props.roles.find((r) => r.id === props.roleId)?.name ?? ''}
          </span>
        </div>
        {onShortlist.length > 0 ? (
          <p role="status" className="ok">
            On the shortlist{onShortlist.length > 1 ? 's' : ''} {onShortlist.map((r) => r.name).join(', ')} · stage{' '}
            {STAGE_LABELS[candidate.stage]}
          </p>
        ) : null}
        <button type="button" onClick={props.onOpenSidePanel}>
          Open side panel
        </button>
      </section>
    </main>
  );
}
