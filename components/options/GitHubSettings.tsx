import { useEffect, useState } from 'react';
import type { AccessCheck as TokenCheck } from '@/lib/github/access-check';

/** The check, and a sentence when the saved token was removed because the address changed. */
export type SaveResult = TokenCheck & { notice: string | null };

export interface GitHubActions {
  /** Saves the address (asking the browser for access to an Enterprise host) and the token, then checks them with one request. */
  save(apiUrl: string, token: string | null): Promise<SaveResult>;
  removeToken(): Promise<void>;
  hasToken(): Promise<boolean>;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Where a token is made: GitHub's own page (a classic token with no scope
 * reads public data), on the Enterprise host when the address names one.
 */
export function tokenPageUrl(apiUrl: string): string {
  try {
    const url = new URL(apiUrl);
    const host = url.hostname === 'api.github.com' ? 'github.com' : url.host;
    return `https://${host}/settings/tokens/new?description=Backend%20Scout`;
  } catch {
    return 'https://github.com/settings/tokens/new?description=Backend%20Scout';
  }
}

/** GitHub token (optional) and the API address; the token is never shown again once saved. */
export function GitHubSettings({ apiUrl, actions }: { apiUrl: string; actions: GitHubActions }) {
  const [address, setAddress] = useState(apiUrl);
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState<boolean>();
  const [result, setResult] = useState<SaveResult>();
  const [busy, setBusy] = useState(false);

  useEffect(() => setAddress(apiUrl), [apiUrl]);
  useEffect(() => {
    void actions.hasToken().then(setSaved);
  }, [actions]);

  return (
    <section aria-labelledby="github-title">
      <h2 id="github-title">GitHub</h2>
      <p className="muted">
        Without a token GitHub allows 60 requests an hour, enough for about 20 people. A token (no scopes needed: only
        public data is read) raises that to 5,000 and uses one request per person. It is stored in this browser, sent
        only to the address it was saved for (changing the address removes it), and never included in exports or
        backups.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void actions
            .save(address, token.trim() || null)
            .then((check) => {
              setResult(check);
              if (token.trim() && check.ok) setSaved(true);
              // A token saved for another address was removed: it is never sent to this one.
              if (check.notice) setSaved(false);
              setToken('');
            })
            .finally(() => setBusy(false));
        }}
      >
        <label>
          GitHub API address
          <input type="url" value={address} onChange={(e) => setAddress(e.currentTarget.value)} required />
        </label>
        <span className="hint">https://api.github.com, or https://your-host/api/v3 for GitHub Enterprise Server</span>
        <label>
          GitHub token
          <input
            type="password"
            autoComplete="off"
            value={token}
            placeholder={saved ? 'A token is saved (type to replace it)' : 'Optional'}
            onChange={(e) => setToken(e.currentTarget.value)}
          />
        </label>
        <span className="hint">
          No token yet?{' '}
          <a href={tokenPageUrl(address)} target="_blank" rel="noreferrer">
            Create one on GitHub
          </a>{' '}
          (leave every scope unticked), then paste it here.
        </span>
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Save and check
          </button>
          {saved ? (
            <button
              type="button"
              onClick={() =>
                void actions.removeToken().then(
                  () => {
                    setSaved(false);
                    setResult(undefined);
                  },
                  (error: unknown) => setResult({ ok: false, error: `The token was not removed: ${error instanceof Error ? error.message : String(error)}`, notice: null }),
                )
              }
            >
              Remove token
            </button>
          ) : null}
        </div>
      </form>
      {busy ? <p role="status">Checking with GitHub…</p> : null}
      {result?.notice && !busy ? (
        <p role="alert" className="notice">
          {result.notice}
        </p>
      ) : null}
      {result && !busy ? (
        result.ok ? (
          <p role="status" className="ok">
            {result.login ? `Signed in to GitHub as ${result.login}.` : 'No token: public access.'} {result.remaining} of{' '}
            {result.limit} requests left until {time(result.resetAt)}.
            {result.scopes && result.scopes.length > 0 ? ` Token scopes: ${result.scopes.join(', ')}.` : ''}
            {result.warning ? ` ${result.warning}` : ''}
          </p>
        ) : (
          <p role="alert" className="error">
            {result.error}
          </p>
        )
      ) : null}
    </section>
  );
}
