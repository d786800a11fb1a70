/**
 * Reads a github.com user profile page into the shared profile shape.
 * Page type comes from github-url-detection's URL test; the organisation and
 * private-profile checks read the given document (the package's own checks
 * read the global one, which the CLI does not have).
 */
import { isProfile } from 'github-url-detection';
import type { ProfileInput } from '../profile';
import { first, textOf } from './dom';
import { githubSelectors as S } from './selectors-github';

export type GitHubPageResult =
  | { kind: 'profile'; login: string; profile: ProfileInput }
  | { kind: 'not-a-profile'; reason: string };

/** The login a profile URL names, lower-cased, or null for any other page. */
export function loginFromProfileUrl(url: URL): string | null {
  if (url.hostname !== 'github.com' || !isProfile(url)) return null;
  const login = url.pathname.split('/').filter(Boolean)[0];
  return login ? login.toLowerCase() : null;
}

export function extractGitHubProfile(doc: Document, url: URL, now: Date = new Date()): GitHubPageResult {
  const urlLogin = loginFromProfileUrl(url);
  if (!urlLogin) return { kind: 'not-a-profile', reason: 'This GitHub page is not a user profile.' };
  const subject = first(doc, S.subjectTag)?.getAttribute('content') ?? '';
  if (subject.startsWith('organization:')) {
    return { kind: 'not-a-profile', reason: 'This is an organisation, not a person.' };
  }
  if (first(doc, S.privateProfile)) {
    return { kind: 'not-a-profile', reason: 'This profile is private: GitHub shows nothing to read.' };
  }
  if (!subject.startsWith('user:')) {
    return { kind: 'not-a-profile', reason: 'Could not read this profile: the page does not look like a GitHub user profile.' };
  }
  const login = textOf(first(doc, S.login)) || urlLogin;
  const name = textOf(first(doc, S.name));
  const bioElement = first(doc, S.bio);
  const bio = (bioElement?.getAttribute('data-bio-text') ?? textOf(bioElement)).trim();
  const profileUrl = `https://github.com/${login}`;
  return {
    kind: 'profile',
    login: login.toLowerCase(),
    profile: {
      basics: {
        ...(name ? { name } : {}),
        ...(bio ? { summary: bio } : {}),
        profiles: [{ network: 'GitHub', username: login, url: profileUrl }],
      },
      capture: {
        source: 'github',
        url: profileUrl,
        capturedAt: now.toISOString(),
        missing: [],
      },
    },
  };
}
