import { useId, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PageMessage, Reply } from '@/lib/background/messages';
import type { RateBudgetSnapshot } from '@/lib/github/budget';
import type { ScoutDatabase } from '@/lib/store/db';
import { readRoles } from '@/lib/store/roles';
import { tokenOrigin } from '@/lib/store/settings';
import { readRuns } from '@/lib/store/sourcing';
import { SourcingList } from './SourcingList';
import './sourcing.css';

export interface SourcingViewProps {
  db: ScoutDatabase;
  /** Blind mode: aliases instead of logins (DOMAIN.md, Fairness). */
  blind: boolean;
  /** GitHub's budget as the background last reported it. */
  budget: RateBudgetSnapshot | undefined;
  /** Where the GitHub token is added. */
  optionsUrl: string;
  send(message: PageMessage): Promise<Reply<unknown>>;
  /** Shortlists | Sourcing (components/sidepanel/ViewSwitch). */
  viewSwitch?: ReactNode;
}

/**
 * The side panel's Sourcing view: one list per sourced repository (and per
 * people search), newest first. A repository can be named here too, so a
 * sourcer with a list of projects need not open each one's page.
 */
export function SourcingView({ db, blind, budget, optionsUrl, send, viewSwitch }: SourcingViewProps) {
  const repoId = useId();
  const searchId = useId();
  const runs = useLiveQuery(() => readRuns(db), [db]);
  const roles = useLiveQuery(() => readRoles(db), [db]);
  // Whether a token is saved (the options page keeps it here); its value never leaves the database.
  const hasToken = useLiveQuery(async () => (await tokenOrigin(db)) !== null, [db]);
  const [repository, setRepository] = useState('');
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function ask(request: PageMessage, done: string, clear: () => void) {
    setMessage(null);
    const reply = await send(request);
    if (reply.ok) clear();
    setMessage(reply.ok ? { text: done, error: false } : { text: reply.error, error: true });
  }

  return (
    <main className="sourcing" aria-label="Sourcing">
      <header className="sp-top">
        <div className="sp-titlebar">
          {viewSwitch}
          <span className="sp-titlebar-end">
            <a className="button quiet" href={optionsUrl} target="_blank" rel="noreferrer">
              Settings
            </a>
          </span>
        </div>
        <form
          className="sourcing-form"
          onSubmit={(e) => {
            e.preventDefault();
            void ask({ type: 'source-repository', repository }, `Finding the people behind ${repository.trim()}…`, () => setRepository(''));
          }}
        >
          <label htmlFor={repoId}>Repository</label>
          <div className="sourcing-form-row">
            <input id={repoId} value={repository} placeholder="owner/name" onChange={(e) => setRepository(e.currentTarget.value)} />
            <button type="submit" disabled={!repository.trim()}>
              Find the people
            </button>
          </div>
        </form>
        <form
          className="sourcing-form"
          onSubmit={(e) => {
            e.preventDefault();
            void ask({ type: 'search-people', query }, `Searching GitHub's people for ${query.trim()}…`, () => setQuery(''));
          }}
        >
          <label htmlFor={searchId}>GitHub people search</label>
          <div className="sourcing-form-row">
            <input id={searchId} value={query} placeholder="language:go location:berlin" onChange={(e) => setQuery(e.currentTarget.value)} />
            <button type="submit" disabled={!query.trim()}>
              Search GitHub
            </button>
          </div>
        </form>
        {message ? (
          <p role={message.error ? 'alert' : 'status'} className={`small ${message.error ? 'error' : 'ok'}`}>
            {message.text}
          </p>
        ) : null}
      </header>
      {/* The lists scroll under the forms: the side panel's page itself never scrolls. */}
      <div className="sourcing-lists">
        {runs === undefined || roles === undefined || hasToken === undefined ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : runs.length === 0 ? (
          <div className="sp-empty card">
            <p>No sourcing lists yet. Open a repository on GitHub and choose “Find the people behind it” in the toolbar button, or name one above.</p>
          </div>
        ) : (
          runs.map((run) => (
            <SourcingList key={run.id} db={db} run={run} roles={roles} hasToken={hasToken} budget={budget} blind={blind} optionsUrl={optionsUrl} send={send} />
          ))
        )}
      </div>
    </main>
  );
}
