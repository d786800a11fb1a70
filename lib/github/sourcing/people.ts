/**
 * Who counts among the people behind a repository, and the sentences for a
 * repository GitHub will not show.
 */
import type { GitHubFailure } from '../errors';
import { emptyTally, type Tally } from './rank';
import type { Discovery, RepositoryFacts } from './state';

/** Bots (GitHub's type "Bot", or a login ending in [bot]) do not count. */
export function isBot(type: string | undefined, login: string): boolean {
  return type === 'Bot' || /\[bot\]$/i.test(login);
}

/**
 * A person worth listing: a GitHub user (not a bot, an organisation, a
 * placeholder for an imported or deleted account), and not the
 * organisation that owns the repository.
 */
export function countable(type: string | undefined, login: string, facts: Pick<RepositoryFacts, 'owner' | 'ownerIsOrganisation'> | null): boolean {
  if (!login || isBot(type, login)) return false;
  // REST says "User" / "Bot" / "Organization"; GraphQL's actors also include Mannequin and EnterpriseUserAccount.
  if (type !== undefined && type !== 'User') return false;
  // GitHub's placeholder for deleted accounts.
  if (login.toLowerCase() === 'ghost') return false;
  if (facts?.ownerIsOrganisation && login.toLowerCase() === facts.owner.toLowerCase()) return false;
  return true;
}

/** The tally of one person, started if need be. */
export function tallyOf(state: Discovery, login: string): Tally {
  const key = login.toLowerCase();
  let tally = state.tallies[key];
  if (!tally) {
    tally = emptyTally(login);
    state.tallies[key] = tally;
  }
  return tally;
}

export function missingRepository(fullName: string, hasToken: boolean): GitHubFailure {
  return {
    kind: 'not-found',
    login: fullName,
    message: hasToken
      ? `GitHub has no repository ${fullName} that your token can see: check the name, or whether the repository is private.`
      : `GitHub has no public repository ${fullName}: check the name. A private repository can only be read with a token that has access to it.`,
  };
}

/** A token GitHub knows, which may not read this repository (fine-grained access, or an organisation's single sign-on). */
export function noAccess(fullName: string, detail: string): GitHubFailure {
  const sso = /SAML|single sign-on|SSO/i.test(detail);
  return {
    kind: 'bad-token',
    message: sso
      ? `Your GitHub token is not authorised for the organisation that owns ${fullName} (it requires single sign-on): authorise the token for it on GitHub, or remove the token to read public data without one.`
      : `Your GitHub token may not read ${fullName}: give it access to this repository on GitHub, or remove it to read public data without one.`,
  };
}
