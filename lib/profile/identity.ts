/**
 * Who a profile is: the stable ids of the accounts it names, and the one
 * profile to show when a person was captured from several sources.
 * (DESIGN.md "Candidates": ids are `github:<login>` and `linkedin:<slug>`,
 * lower-cased.)
 *
 * DESIGN.md "Who is the same person": a link is a claim, not a proof. A
 * profile's own account is what its page is; the other accounts it names are
 * claims. Two captures are one person when each names the other (a two-way
 * link); a one-way claim is only a suggestion the recruiter confirms. An
 * organisation, a repository or any GitHub path that is not a user's profile
 * is never anyone's account.
 */
import { isProfile } from 'github-url-detection';
import { Profile, type ProfileSource } from './profile';

export type AccountSite = Extract<ProfileSource, 'github' | 'linkedin'>;

export function candidateId(source: AccountSite, handle: string): string {
  return `${source}:${handle.toLowerCase()}`;
}

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
/** LinkedIn slugs: 3-100 letters, digits and hyphens, any script. */
const LINKEDIN_SLUG = /^[\p{L}\p{N}-]{3,100}$/u;

/**
 * The account id a handle names on a site, or null when it names no
 * person's account there: "apache/kafka" (a repository), "orgs", "features"
 * or "sponsors" (GitHub's own paths) never do.
 */
export function accountId(site: string | undefined, handle: string | undefined): string | null {
  const network = site?.toLowerCase();
  const name = handle?.trim();
  if (!name) return null;
  if (network === 'github') {
    if (!GITHUB_LOGIN.test(name)) return null;
    // GitHub's reserved paths are lower-case; its paths are not case-sensitive.
    return isProfile(new URL(`https://github.com/${name.toLowerCase()}`)) ? candidateId('github', name) : null;
  }
  if (network === 'linkedin') return LINKEDIN_SLUG.test(name) ? candidateId('linkedin', name) : null;
  return null;
}

/** The GitHub login of a `github:` id, or null for any other id. */
export function loginOfId(id: string): string | null {
  return id.startsWith('github:') ? id.slice('github:'.length) : null;
}

/**
 * The ids a profile names: its own page and any linked account on the other
 * site. `organisations` are GitHub logins known to be organisations (GitHub's
 * API said so, or a profile page showed them as one): they are nobody's account.
 */
export function idsOfProfile(profile: Profile, organisations: ReadonlySet<string> = new Set()): string[] {
  const ids = new Set<string>();
  for (const link of profile.basics.profiles ?? []) {
    const id = accountId(link.network, link.username);
    if (!id) continue;
    const login = loginOfId(id);
    if (login && organisations.has(login)) continue;
    ids.add(id);
  }
  return [...ids];
}

/** The id of the page itself: the profile entry of the capture's source. */
export function primaryIdOf(profile: Profile): string | null {
  const source = profile.capture?.source;
  if (source !== 'github' && source !== 'linkedin') return null;
  const own = profile.basics.profiles?.find((p) => p.network?.toLowerCase() === source && p.username);
  return own ? accountId(source, own.username) : null;
}

/** What a profile claims: the other accounts it names as the person's own (one-way until the other names it back). */
export function claimsOf(profile: Profile, organisations: ReadonlySet<string> = new Set()): string[] {
  const own = primaryIdOf(profile);
  return idsOfProfile(profile, organisations).filter((id) => id !== own);
}

/** True when each profile names the other's own account: the only link that joins two captures by itself. */
export function linkedBothWays(a: Profile, b: Profile): boolean {
  const idA = primaryIdOf(a);
  const idB = primaryIdOf(b);
  return !!idA && !!idB && idA !== idB && idsOfProfile(a).includes(idB) && idsOfProfile(b).includes(idA);
}

/** GitHub logins a captured GitHub page shows as organisations (its sidebar's organisation avatars). */
export function organisationsShownBy(profile: Profile): string[] {
  if (profile.capture?.source !== 'github') return [];
  return (profile.capture.githubPage?.organizations ?? []).flatMap((name) => {
    const id = accountId('github', name.replace(/^@/, ''));
    return id ? [loginOfId(id)!] : [];
  });
}

/** The GitHub login a list of ids names, if any. */
export function githubLoginOf(aliases: readonly string[]): string | null {
  const id = aliases.find((a) => a.startsWith('github:'));
  return id ? id.slice('github:'.length) : null;
}

/** The latest capture of one person from each source. */
export interface ProfilesBySource {
  github?: Profile | undefined;
  linkedin?: Profile | undefined;
  resume?: Profile | undefined;
}

/**
 * The profile to show and screen: LinkedIn's (people write their career
 * there) or a resume, with what only GitHub knows filled in: GitHub's bio
 * when there is no summary, its pinned projects, and both accounts.
 */
export function displayProfile({ profiles }: { profiles: ProfilesBySource }): Profile {
  const { linkedin, github, resume } = profiles;
  const base = linkedin ?? resume ?? github;
  if (!base) return Profile.parse({});
  if (!github || base === github) return base;
  const links = [...(base.basics.profiles ?? [])];
  for (const link of github.basics.profiles ?? []) {
    if (!links.some((l) => l.network?.toLowerCase() === link.network?.toLowerCase())) links.push(link);
  }
  return {
    ...base,
    basics: {
      ...github.basics,
      ...stripEmpty(base.basics),
      summary: base.basics.summary || github.basics.summary,
      profiles: links,
    },
    projects: [...base.projects, ...github.projects],
  };
}

function stripEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
