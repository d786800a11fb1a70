/**
 * Who a profile is: the stable ids of the accounts it names, and the one
 * profile to show when a person was captured from several sources.
 * (DESIGN.md "Candidates": ids are `github:<login>` and `linkedin:<slug>`,
 * lower-cased.)
 */
import { Profile, type ProfileSource } from './profile';

export type AccountSite = Extract<ProfileSource, 'github' | 'linkedin'>;

export function candidateId(source: AccountSite, handle: string): string {
  return `${source}:${handle.toLowerCase()}`;
}

/** The ids a profile names: its own page and any linked account on the other site. */
export function idsOfProfile(profile: Profile): string[] {
  const ids = new Set<string>();
  for (const link of profile.basics.profiles ?? []) {
    const network = link.network?.toLowerCase();
    if ((network === 'github' || network === 'linkedin') && link.username) {
      ids.add(candidateId(network, link.username));
    }
  }
  return [...ids];
}

/** The id of the page itself: the profile entry of the capture's source. */
export function primaryIdOf(profile: Profile): string | null {
  const source = profile.capture?.source;
  if (source !== 'github' && source !== 'linkedin') return null;
  const own = profile.basics.profiles?.find((p) => p.network?.toLowerCase() === source && p.username);
  return own?.username ? candidateId(source, own.username) : null;
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
