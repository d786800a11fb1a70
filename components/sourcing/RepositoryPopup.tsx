import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PageMessage, Reply } from '@/lib/background/messages';
import { parseRepositoryRef } from '@/lib/github/sourcing/ref';
import type { ScoutDatabase } from '@/lib/store/db';
import { tokenOrigin } from '@/lib/store/settings';
import { readRun, repositoryRunId } from '@/lib/store/sourcing';
import { runNotes, runStatus, sourcedPeople } from '@/lib/workspace/sourcing';
import { RunProgress } from './RunProgress';
import './sourcing.css';

export interface RepositoryPopupProps {
  db: ScoutDatabase;
  /** "OWNER/NAME" of the tab's repository. */
  repository: string;
  /** Where the GitHub token is added. */
  optionsUrl: string;
  send(message: PageMessage): Promise<Reply<unknown>>;
  /** Opens the side panel on its Sourcing view (within the click: nothing may be awaited first). */
  onOpenSourcing(): void;
}

/**
 * The popup on a repository page: "Find the people behind OWNER/NAME", the
 * list's progress as it is read, and the way to the side panel where the
 * people are screened and shortlisted.
 */
export function RepositoryPopup({ db, repository, optionsUrl, send, onOpenSourcing }: RepositoryPopupProps) {
  const parsed = parseRepositoryRef(repository);
  const runId = parsed.ok ? repositoryRunId(parsed.ref) : '';
  const run = useLiveQuery(() => (runId ? readRun(db, runId) : Promise.resolve(undefined)), [db, runId]);
  const hasToken = useLiveQuery(async () => (await tokenOrigin(db)) !== null, [db]);
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    setError(null);
    const reply = await send({ type: 'source-repository', repository });
    if (!reply.ok) setError(reply.error);
  };

  const status = run ? runStatus(run) : null;
  const found = run ? sourcedPeople(run, Date.now()).length : 0;
  const notes = run ? runNotes(run) : [];
  const canFind = !run || run.state === 'done' || run.state === 'failed';

  return (
    <main className="popup sourcing-popup">
      <section className="card repository-card" aria-labelledby="repository-title">
        <h1 id="repository-title">{repository}</h1>
        <p className="muted">The people who merged pull requests, reviewed others’ and committed here in the last 24 months, ranked by what they did.</p>
        {canFind ? (
          <button type="button" className={run ? undefined : 'primary'} onClick={() => void find()}>
            {/* Once found, the heading names the repository: the button says less, the name keeps it all. */}
            {run ? (
              <>
                Find the people<span className="visually-hidden"> behind {repository}</span> again
              </>
            ) : (
              `Find the people behind ${repository}`
            )}
          </button>
        ) : null}
        {error ? (
          <p role="alert" className="alert">
            {error}
          </p>
        ) : null}
        {status ? (
          <>
            <p role="status">{status.text}</p>
            <RunProgress subject={repository} status={status} notes={notes} />
          </>
        ) : null}
        {run ? (
          <button type="button" className={found ? 'primary' : undefined} onClick={onOpenSourcing}>
            {found ? `See the ${found} ${found === 1 ? 'person' : 'people'} in the side panel` : 'Open the side panel'}
          </button>
        ) : null}
      </section>
      {hasToken === false ? (
        <p className="small muted">
          Without a GitHub token, reviews are not counted and about 25 people an hour can be screened.{' '}
          <a href={optionsUrl} target="_blank" rel="noreferrer">
            Add a GitHub token
          </a>
        </p>
      ) : null}
    </main>
  );
}
