import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PageMessage, Reply } from '@/lib/background/messages';
import type { RateBudgetSnapshot } from '@/lib/github/budget';
import { CacheEntry } from '@/lib/github/cache';
import { profileFromGitHubUser, unreadGitHubUser } from '@/lib/github/github-profile';
import type { ScoutDatabase } from '@/lib/store/db';
import { QueuedAnalysis, type Candidate, type SourcingRun, type StoredRole } from '@/lib/store/records';
import { knownCandidates } from '@/lib/store/sourcing';
import { blindAlias, levelWord } from '@/lib/workspace/labels';
import { screenCandidate } from '@/lib/workspace/screen-candidate';
import {
  budgetWords,
  contributionParts,
  knownLabel,
  runNotes,
  runStatus,
  runTitle,
  screeningStatus,
  sourcedPeople,
  type ScreeningStatus,
  type SourcedPerson,
} from '@/lib/workspace/sourcing';
import { flagLabel } from '@/lib/screening/flag-names';
import { safeHref } from '../links';
import { RunProgress } from './RunProgress';

export interface SourcingListProps {
  db: ScoutDatabase;
  run: SourcingRun;
  roles: readonly StoredRole[];
  hasToken: boolean;
  budget: RateBudgetSnapshot | undefined;
  blind: boolean;
  optionsUrl: string;
  send(message: PageMessage): Promise<Reply<unknown>>;
}

/** People drawn at first; "Show all" draws the rest (a popular repository has thousands). */
const FIRST_ROWS = 100;
/** People one Screen or Add asks for (a message carries at most 100). */
const MAX_AT_ONCE = 100;

function Link({ href, children }: { href: string | null; children: string }) {
  const safe = href ? safeHref(href) : undefined;
  return safe ? (
    <a href={safe} target="_blank" rel="noreferrer">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

/** "Senior · 4 green: Database experience, … · 1 yellow: …", or where the screening is. */
function ScreeningLine({ status, summary }: { status: ScreeningStatus; summary: { level: string; green: string[]; yellow: string[] } | null }) {
  if (status.kind === 'screened' && summary) {
    return (
      <p className="sourcing-screening small">
        <span className="pill pill-accent">{summary.level}</span>
        {summary.green.length ? (
          <span>
            <span className="dot dot-green" aria-hidden="true" /> {summary.green.length} green: {summary.green.join(', ')}
          </span>
        ) : null}
        {summary.yellow.length ? (
          <span>
            <span className="dot dot-yellow" aria-hidden="true" /> {summary.yellow.length} yellow: {summary.yellow.join(', ')}
          </span>
        ) : null}
        {!summary.green.length && !summary.yellow.length ? <span>No flags</span> : null}
      </p>
    );
  }
  const words: Record<ScreeningStatus['kind'], string> = {
    'not-requested': 'Not screened yet.',
    queued: 'Waiting to be screened…',
    working: 'Screening…',
    waiting: status.kind === 'waiting' ? status.text : '',
    failed: status.kind === 'failed' ? `Not screened: ${status.text}` : '',
    screened: 'Screened.',
  };
  return <p className={`sourcing-screening small ${status.kind === 'failed' ? 'error' : 'muted'}`}>{words[status.kind]}</p>;
}

/**
 * One sourced list: its people in rank order with their contribution in
 * words and links, who is already known, Screen for the top N or the
 * selection (through the GitHub queue, within the budget), and Add to
 * shortlist for the selection.
 */
export function SourcingList({ db, run, roles, hasToken, budget, blind, optionsUrl, send }: SourcingListProps) {
  const headingId = useId();
  const topId = useId();
  const roleSelectId = useId();
  const [now] = useState(() => Date.now());
  const people = useMemo(() => sourcedPeople(run, now), [run, now]);
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(() => (showAll ? people : people.slice(0, FIRST_ROWS)), [people, showAll]);
  // A new array only when the people shown change: each new one starts the live queries below again.
  const loginKey = shown.map((p) => p.login.toLowerCase()).join(' ');
  const logins = useMemo(() => (loginKey ? loginKey.split(' ') : []), [loginKey]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [top, setTop] = useState(10);
  const [roleId, setRoleId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const chosenRole = roles.find((r) => r.id === roleId) ?? roles[0];

  // What the database knows of the people shown: their evidence, their place in the GitHub queue, their candidate.
  const known = useLiveQuery(() => knownCandidates(db, logins), [db, logins]);
  const evidence = useLiveQuery(async () => {
    const entries = await db.githubCache.bulkGet(logins);
    return new Map(entries.flatMap((raw, i) => {
      const parsed = CacheEntry.safeParse(raw);
      return parsed.success ? [[logins[i]!, parsed.data.evidence] as const] : [];
    }));
  }, [db, logins]);
  const queue = useLiveQuery(async () => {
    const entries = await db.githubQueue.bulkGet(logins);
    return new Map(entries.flatMap((raw, i) => {
      const parsed = QueuedAnalysis.safeParse(raw);
      return parsed.success ? [[logins[i]!, parsed.data] as const] : [];
    }));
  }, [db, logins]);

  // Flags and level of everyone screened, as they arrive.
  const summaries = useMemo(() => {
    const out = new Map<string, { level: string; green: string[]; yellow: string[] }>();
    if (!evidence) return out;
    for (const person of shown) {
      const key = person.login.toLowerCase();
      const github = evidence.get(key);
      if (!github) continue;
      const candidate: Pick<Candidate, 'profiles' | 'githubLogin' | 'contributions'> = known?.get(key) ?? {
        profiles: { github: profileFromGitHubUser(github.user ?? unreadGitHubUser(person.login, person.url), new Date(github.fetchedAt)) },
        githubLogin: key,
        contributions: person.contribution ? [person.contribution] : [],
      };
      // A known candidate is screened with this list's contribution too, even before the worker joined it.
      const withThis = person.contribution && !(candidate.contributions ?? []).some((c) => c.repository === person.contribution!.repository)
        ? { ...candidate, contributions: [...(candidate.contributions ?? []), person.contribution] }
        : candidate;
      const result = screenCandidate(withThis, github, chosenRole, new Date(now));
      out.set(key, {
        // In the words of the side panel's cards: "Early career", "Senior", "Level not known".
        level: levelWord(result.seniority, github.user?.bio ?? ''),
        green: result.flags.filter((f) => f.kind === 'green').map((f) => flagLabel(f.id)),
        yellow: result.flags.filter((f) => f.kind === 'yellow').map((f) => flagLabel(f.id)),
      });
    }
    return out;
  }, [evidence, known, shown, chosenRole, now]);

  const status = runStatus(run);
  const notes = runNotes(run);
  const requested = run.screenRequested;
  const requestedDone = requested.filter((login) => {
    const s = screeningStatus(queue?.get(login.toLowerCase()), evidence?.has(login.toLowerCase()) ?? false);
    return s.kind === 'screened' || s.kind === 'failed';
  }).length;
  const words = budgetWords(budget, hasToken, now);
  const title = runTitle(run);

  async function ask(request: PageMessage, done: (n: number) => string) {
    setMessage(null);
    const reply = await send(request);
    setMessage(reply.ok ? { text: done(Number(reply.value)), error: false } : { text: reply.error, error: true });
  }

  const screen = (list: readonly SourcedPerson[]) => {
    const chosen = list.slice(0, MAX_AT_ONCE).map((p) => p.login);
    if (chosen.length === 0) return;
    void ask({ type: 'screen-people', runId: run.id, logins: chosen }, (n) => `Screening ${n} ${n === 1 ? 'person' : 'people'}: flags appear as each one is read.`);
  };
  const selection = people.filter((p) => selected.has(p.login.toLowerCase()));
  const toggle = (login: string) =>
    setSelected((current) => {
      const next = new Set(current);
      const key = login.toLowerCase();
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allShownSelected = shown.length > 0 && shown.every((p) => selected.has(p.login.toLowerCase()));

  return (
    <section className="sourcing-list card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p role="status" className="small">
        {status.text}
      </p>
      <RunProgress subject={run.subject} status={status} notes={notes} />

      {people.length > 0 ? (
        <div className="sourcing-actions">
          <div className="row" role="group" aria-label="Screen">
            <label htmlFor={topId} className="small">
              How many
            </label>
            <input
              id={topId}
              type="number"
              className="sourcing-top"
              min={1}
              max={Math.min(MAX_AT_ONCE, people.length)}
              value={top}
              onChange={(e) => setTop(Math.max(1, Math.min(MAX_AT_ONCE, Number(e.currentTarget.value) || 1)))}
            />
            <button type="button" className="primary" onClick={() => screen(people.slice(0, top))}>
              Screen the top {Math.min(top, people.length)}
            </button>
            <button type="button" disabled={selection.length === 0} onClick={() => screen(selection)}>
              Screen the selected ({selection.length})
            </button>
          </div>
          {requested.length > 0 ? (
            <div className="sourcing-progress">
              <progress aria-label="Screening progress" value={requestedDone} max={requested.length} />
              <span className="small">
                Screened {requestedDone} of {requested.length}
              </span>
            </div>
          ) : null}
          <p className="small muted">{words.text}</p>
          {words.advice ? (
            <p className="small muted">
              {words.advice}{' '}
              <a href={optionsUrl} target="_blank" rel="noreferrer">
                Add a GitHub token
              </a>
            </p>
          ) : null}
          <div className="row" role="group" aria-label="Shortlist">
            <label htmlFor={roleSelectId} className="small">
              Shortlist
            </label>
            <select id={roleSelectId} value={chosenRole?.id ?? ''} onChange={(e) => setRoleId(e.currentTarget.value)}>
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={selection.length === 0 || !chosenRole}
              onClick={() =>
                chosenRole &&
                void ask(
                  { type: 'shortlist-people', runId: run.id, logins: selection.slice(0, MAX_AT_ONCE).map((p) => p.login), roleId: chosenRole.id },
                  (n) => `${n} ${n === 1 ? 'person' : 'people'} on the ${chosenRole.name} shortlist.`,
                )
              }
            >
              Add the selected to the shortlist
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={`small ${message.error ? 'error' : 'ok'}`}>
          {message.text}
        </p>
      ) : null}

      {people.length > 0 ? (
        <>
          <label className="check small">
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((p) => p.login.toLowerCase())))}
            />
            Select everyone shown
          </label>
          <ol className="sourcing-people" aria-label={title}>
            {shown.map((person) => {
              const key = person.login.toLowerCase();
              const candidate = known?.get(key);
              const name = blind ? blindAlias(`github:${key}`) : person.login;
              const parts = person.contribution ? contributionParts(person.contribution) : null;
              return (
                <li key={key} aria-label={`${person.rank}. ${name}`} className={selected.has(key) ? 'selected' : undefined}>
                  <input type="checkbox" checked={selected.has(key)} onChange={() => toggle(person.login)} aria-label={`Select ${name}`} />
                  <div className="sourced-person">
                    <p className="sourced-name">
                      <span className="rank">{person.rank}.</span> {blind ? <strong>{name}</strong> : <Link href={person.url}>{name}</Link>}
                      {candidate ? <span className="pill sourcing-known">{knownLabel(candidate, roles)}</span> : null}
                    </p>
                    {parts ? (
                      <p className="sourcing-contribution small">
                        {parts.parts.map((part, i) => (
                          <span key={part.text}>
                            {i > 0 ? ', ' : ''}
                            <Link href={part.url}>{part.text}</Link>
                          </span>
                        ))}
                        {parts.last ? `${parts.parts.length ? ', ' : ''}${parts.last}` : ''}
                      </p>
                    ) : (
                      <p className="sourcing-contribution small muted">Found by GitHub's people search.</p>
                    )}
                    <ScreeningLine status={screeningStatus(queue?.get(key), evidence?.has(key) ?? false)} summary={summaries.get(key) ?? null} />
                  </div>
                </li>
              );
            })}
          </ol>
          {!showAll && people.length > FIRST_ROWS ? (
            <button type="button" onClick={() => setShowAll(true)}>
              Show all {people.length.toLocaleString('en')} people
            </button>
          ) : null}
        </>
      ) : null}
      <div className="sourcing-remove">
        <button type="button" className="quiet" onClick={() => void ask({ type: 'remove-sourcing', runId: run.id }, () => 'List removed.')}>
          Remove this list
        </button>
      </div>
    </section>
  );
}
