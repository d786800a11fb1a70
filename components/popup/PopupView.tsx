import { useMemo, type ReactNode } from 'react';
import { aliasOf, seniorityNotes } from '@/lib/workspace/labels';
import { blindScreening, hideIdentity, identityTerms } from '@/lib/workspace/blind';
import { displayProfile } from '@/lib/profile/identity';
import type { GitHubEvidence } from '@/lib/profile/github-evidence';
import type { Candidate, QueuedAnalysis, Stage, StoredRole, Verdict } from '@/lib/store/records';
import type { CaptureMeta, PartialSection } from '@/lib/profile/profile';
import type { RateBudgetSnapshot } from '@/lib/github/budget';
import type { ScreeningResult } from '@/lib/screening';
import { evidenceView } from '@/lib/workspace/evidence';
import { FlagSection, SkillChecklist } from '../evidence/FlagEvidence';
import { DecisionPanel } from './DecisionPanel';
import { GitHubLine } from './GitHubLine';
import { HeaderCard } from './HeaderCard';

export { interrupted, jobLine } from './GitHubLine';

export interface PopupViewProps {
  candidate: Candidate;
  result: ScreeningResult;
  blind: boolean;
  roles: readonly StoredRole[];
  roleId: string;
  onRoleChange(roleId: string): void;
  evidence?: GitHubEvidence | null | undefined;
  job: QueuedAnalysis | undefined;
  budget: RateBudgetSnapshot | undefined;
  onSave(roleId: string): void;
  onVerdict(verdict: Verdict | null): void;
  onStage(stage: Stage): void;
  onOpenSidePanel(): void;
  onOpenSettings(): void;
  onRefreshGitHub(): void;
  /** Shown first, before anything else (components/handoff/AlreadyKnown: is this person already held?). */
  before?: ReactNode;
  /** The "same person?" notice (components/identity), shown under the card. */
  identity?: ReactNode;
  /** Now, epoch ms (a running analysis's lease is judged against it). */
  now?: number;
}

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

/** What a recruiter calls each list a page can show in part. */
const PARTIAL_WORDS: Record<PartialSection, string> = {
  work: 'roles',
  education: 'schools',
  skills: 'skills',
  certificates: 'certifications',
  languages: 'languages',
  projects: 'projects',
  volunteer: 'volunteer roles',
  awards: 'awards',
  publications: 'publications',
};

/**
 * "7 of 12 roles and 2 of 54 skills shown: open Show all to read the rest."
 * A section LinkedIn showed only in part is not a section the person lacks;
 * its "Show all" page is what to open. Empty when everything was shown.
 */
export function partialNote(partial: CaptureMeta['partial']): string {
  const parts = Object.entries(partial ?? {}).flatMap(([section, p]) =>
    p && p.shown < p.total ? [`${p.shown} of ${p.total} ${PARTIAL_WORDS[section as PartialSection]}`] : [],
  );
  if (parts.length === 0) return '';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${list} shown: open Show all to read the rest.`;
}

/** "1,200 followers · 1,234 contributions in the last year · member of acme, quill", or what a private profile hides. */
export function githubFacts(
  page: { followers?: number | undefined; contributionsLastYear?: number | undefined; organizations: string[]; private?: boolean | undefined } | undefined,
): string {
  if (!page) return '';
  const parts = [
    page.private ? 'private GitHub profile: activity hidden' : '',
    page.followers !== undefined ? `${page.followers.toLocaleString('en')} followers on GitHub` : '',
    page.contributionsLastYear !== undefined ? `${page.contributionsLastYear.toLocaleString('en')} contributions in the last year` : '',
    page.organizations.length ? `member of ${page.organizations.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/**
 * The popup: a recruiter's card for the person on this tab. The header card
 * and every decision fit the first screenful of Chrome's 600 px popup; the
 * reasons (role match, flags with their evidence, seniority, GitHub) follow
 * in one scrolling column.
 */
export function PopupView(props: PopupViewProps) {
  const { candidate, blind } = props;
  const now = props.now ?? Date.now();
  const captured = displayProfile(candidate);
  const name = blind ? aliasOf(candidate) : captured.basics.name || captured.basics.profiles?.[0]?.username || candidate.id;
  // Blind mode: no name, login, school or place anywhere, evidence included (lib/workspace/blind.ts).
  const terms = useMemo(() => (blind ? identityTerms(candidate) : []), [blind, candidate]);
  const hide = (text: string) => (blind ? hideIdentity(text, terms) : text);
  const result = useMemo(() => (blind ? blindScreening(props.result, terms) : props.result), [blind, props.result, terms]);
  const profile = useMemo(
    () => (blind && captured.basics.label ? { ...captured, basics: { ...captured.basics, label: hideIdentity(captured.basics.label, terms) } } : captured),
    [blind, captured, terms],
  );
  const view = useMemo(() => evidenceView(result, profile), [result, profile]);
  const green = view.flags.filter((f) => f.kind === 'green');
  const yellow = view.flags.filter((f) => f.kind === 'yellow');
  const { seniority, role } = result;
  const roleName = props.roles.find((r) => r.id === props.roleId)?.name ?? role.name;
  // GitHub's own page facts, even when the profile shown is LinkedIn's.
  const facts = githubFacts(candidate.profiles.github?.capture?.githubPage);
  const partial = partialNote(profile.capture?.partial);
  const missing = [...missingNotes(profile.capture?.missing ?? [], profile.capture?.strategy.page === 'public'), ...(partial ? [partial] : [])];
  const notes = seniorityNotes(seniority.notes);

  return (
    <main className="popup">
      {props.before}
      <HeaderCard name={name} profile={profile} result={result} roleName={roleName} blind={blind}>
        {missing.length > 0 ? (
          <ul className="notice small" aria-label="Not read yet">
            {missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </HeaderCard>

      {props.identity}

      <DecisionPanel
        verdict={candidate.verdict}
        stage={candidate.stage}
        roles={props.roles}
        roleId={props.roleId}
        shortlists={candidate.shortlists}
        onVerdict={props.onVerdict}
        onStage={props.onStage}
        onRoleChange={props.onRoleChange}
        onSave={props.onSave}
        onOpenSidePanel={props.onOpenSidePanel}
        onOpenSettings={props.onOpenSettings}
      />

      <section aria-labelledby="role-title" className="role">
        <h2 id="role-title" className="section-title">
          Role match <span className="count">{roleName}</span>
        </h2>
        <p>
          Must-haves met: {role.mustHaveMet} of {role.mustHave.length}
          {role.niceToHave.length > 0 ? ` · nice-to-haves: ${role.niceToHaveMet} of ${role.niceToHave.length}` : ''}
        </p>
        {role.levelMet === false ? <p className="notice small">Below the role’s minimum level ({role.minimumLevel}).</p> : null}
        <SkillChecklist label="Must-haves" skills={view.mustHave} />
      </section>

      <FlagSection kind="green" flags={green} />
      <FlagSection kind="yellow" flags={yellow} />

      <section aria-labelledby="seniority-title" className="seniority">
        <h2 id="seniority-title" className="section-title">
          Seniority
        </h2>
        {notes.map((note) => (
          <p key={note} className="small">
            {note}
          </p>
        ))}
        {seniority.evidence.length > 0 ? (
          <details>
            <summary>Roles counted ({seniority.evidence.length})</summary>
            <ul className="plain-list small">
              {seniority.evidence.map((e) => (
                <li key={e.text}>{e.text}</li>
              ))}
            </ul>
          </details>
        ) : (
          <p className="muted small">No dated engineering role to count.</p>
        )}
      </section>

      <GitHubLine
        login={candidate.githubLogin}
        evidence={props.evidence}
        job={props.job}
        budget={props.budget}
        facts={blind ? '' : facts}
        now={now}
        hide={hide}
        onRefresh={props.onRefreshGitHub}
      />
    </main>
  );
}
