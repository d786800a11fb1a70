/**
 * The table `githubAccounts`: what GitHub said a login is. An organisation is
 * never anyone's account (DESIGN.md "Who is the same person"), but a link
 * alone cannot tell "github.com/apache" from "github.com/mara-lind": GitHub
 * tells, either through its API (`type: "Organization"`, learned when an
 * analysis asks) or on a person's profile page (the sidebar's organisation
 * avatars, or the account's own page, which says "user:" or "organization:").
 * The API's word wins over a page's.
 */
import type { ScoutDatabase } from './db';
import { GitHubAccountKind } from './records';

/** The logins among these that GitHub said are organisations. */
export async function organisationsAmong(db: ScoutDatabase, logins: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(logins.map((l) => l.toLowerCase()))];
  if (wanted.length === 0) return new Set();
  const rows = await db.githubAccounts.bulkGet(wanted);
  return new Set(
    rows.flatMap((row) => {
      const parsed = GitHubAccountKind.safeParse(row);
      return parsed.success && parsed.data.kind === 'organisation' ? [parsed.data.login] : [];
    }),
  );
}

/** How much each source is believed: GitHub's API, then the account's own page, then another page's sidebar. */
const WEIGHT: Record<GitHubAccountKind['from'], number> = { api: 3, 'own-page': 2, page: 1 };

/** Records what a login is, unless something more believable already said. */
export async function learnAccountKind(
  db: ScoutDatabase,
  login: string,
  kind: GitHubAccountKind['kind'],
  from: GitHubAccountKind['from'],
  now: Date = new Date(),
): Promise<void> {
  const key = login.toLowerCase();
  const current = GitHubAccountKind.safeParse(await db.githubAccounts.get(key));
  if (current.success && WEIGHT[current.data.from] > WEIGHT[from]) return;
  await db.githubAccounts.put({ login: key, kind, from, at: now.toISOString() });
}
