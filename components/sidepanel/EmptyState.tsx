import { useEffect } from 'react';
import type { StoredRole } from '@/lib/store/records';

/**
 * The first run: no candidates yet, so no search, filters or export, only
 * what to do next. Roles (and so shortlists) are made in the settings.
 */
export function FirstRun({ roles, onOpenSettings, onRendered }: { roles: readonly StoredRole[] | undefined; onOpenSettings(): void; onRendered(): void }) {
  useEffect(() => {
    onRendered();
  }, [onRendered]);
  const names = (roles ?? []).map((r) => r.name);
  return (
    <section className="sp-empty card" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Your shortlists start here</h2>
      <p role="status">No candidates yet. Open a GitHub or LinkedIn profile and it will appear here.</p>
      <ol className="steps">
        <li>
          {names.length ? (
            <>
              Check your role{names.length > 1 ? 's' : ''} ({names.join(', ')}) in{' '}
            </>
          ) : (
            <>Make a role in </>
          )}
          <button type="button" className="quiet inline" onClick={onOpenSettings}>
            Settings
          </button>
          ; the must-have skills decide the role match.
        </li>
        <li>Open a person’s GitHub or LinkedIn profile: Backend Scout reads it and lists them here.</li>
        <li>In the toolbar popup, give your verdict and save them to a role’s shortlist.</li>
      </ol>
    </section>
  );
}

/** A list that is empty only because of the shortlist or the filters: say which, and how to widen it. */
export function NoMatches({ shortlistName, filtered }: { shortlistName: string; filtered: boolean }) {
  return (
    <div className="sp-empty" role="status">
      {filtered ? (
        <p>No candidates match. Try fewer filters, or Clear filters above.</p>
      ) : (
        <p>No one on {shortlistName} yet. Open a profile and save it to this shortlist from the toolbar popup.</p>
      )}
    </div>
  );
}
