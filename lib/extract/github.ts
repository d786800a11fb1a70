/**
 * Reads a github.com user profile page into the shared profile shape.
 * Page type comes from github-url-detection's URL test; the organisation,
 * private-profile and own-profile checks read the given document (the
 * package's own checks read the global one, which the CLI does not have).
 *
 * Mapping (DESIGN.md): bio → basics.summary, company → a work[] entry's name
 * without its "@", website → basics.url, the public email → basics.email, location → basics.location.address, a
 * LinkedIn link → a basics.profiles LinkedIn entry, pinned repositories →
 * projects[]. What JSON Resume has no place for (the numeric id, followers,
 * contributions, organisations) comes back beside the profile in `facts` and
 * rides along in `capture.githubPage`.
 */
import { isProfile } from 'github-url-detection';
import type { ProfileInput } from '../profile/profile';
import { all, first, textOf } from './dom';
import { linkedinProfileUrl, linkedinSlugFromHref } from './links';
import { githubSelectors as S } from './selectors-github';
import { Clipper, LIST_MAX, STRING_MAX, SUMMARY_MAX, cleanLine, safeHttpUrl } from './text';

/** The longest organisation name capture.githubPage.organizations holds (lib/profile.ts). */
const ORGANIZATION_MAX = 100;

/** What the page says that JSON Resume has no field for. */
export interface GitHubPageFacts {
  /** GitHub's numeric user id (stable across renames). */
  id?: number;
  /** As shown: "1.2k" becomes 1200. */
  followers?: number;
  /** "1,234 contributions in the last year", when the graph is shown. */
  contributionsLastYear?: number;
  /** Logins of the public organisations in the sidebar. */
  organizations: string[];
  /** The person made the profile private: activity, contributions, followers and organisations are hidden. */
  private?: boolean;
}

export type GitHubPageResult =
  | { kind: 'profile'; login: string; facts: GitHubPageFacts; profile: ProfileInput }
  | { kind: 'not-a-profile'; reason: string }
  /** The URL names a profile but the page still shows another one: look again shortly. */
  | { kind: 'pending'; reason: string };

/** The login a profile URL names, lower-cased, or null for any other page. */
export function loginFromProfileUrl(url: URL): string | null {
  if (url.hostname !== 'github.com' || !isProfile(url)) return null;
  const login = url.pathname.split('/').filter(Boolean)[0];
  return login ? login.toLowerCase() : null;
}

/** "1.2k" → 1200, "3,456" → 3456, "2m" → 2000000; undefined when it is not a count. */
export function parseCount(text: string): number | undefined {
  const match = /^([\d.,]+)\s*([km])?$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const unit = match[2]?.toLowerCase();
  const value = unit ? Number.parseFloat(match[1].replace(/,/g, '')) : Number(match[1].replace(/[.,]/g, ''));
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
}

/** A social link as a profiles[] entry; LinkedIn's becomes the person's LinkedIn account. */
function socialProfile(href: string): { network: string; username?: string; url: string } | null {
  const url = safeHttpUrl(href);
  if (!url) return null;
  const slug = linkedinSlugFromHref(url);
  if (slug) return { network: 'LinkedIn', username: slug, url: linkedinProfileUrl(slug) };
  const host = new URL(url).hostname.replace(/^www\./, '');
  const handle = new URL(url).pathname.split('/').filter(Boolean).pop()?.replace(/^@/, '');
  const network =
    host === 'twitter.com' || host === 'x.com'
      ? 'X'
      : host === 'bsky.app'
        ? 'Bluesky'
        : host.includes('mastodon') || /^@/.test(new URL(url).pathname.split('/')[1] ?? '')
          ? 'Mastodon'
          : host;
  return { network, ...(handle ? { username: cleanLine(handle) } : {}), url };
}

/**
 * Reads the page. `now` stamps the capture. Never throws: a page that breaks
 * the reader is a page it could not read, which the recruiter is told.
 */
export function extractGitHubProfile(doc: Document, url: URL, now: Date = new Date()): GitHubPageResult {
  try {
    return readPage(doc, url, now);
  } catch (error) {
    return { kind: 'not-a-profile', reason: `Could not read this profile: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  }
}

function readPage(doc: Document, url: URL, now: Date): GitHubPageResult {
  const urlLogin = loginFromProfileUrl(url);
  if (!urlLogin) return { kind: 'not-a-profile', reason: 'This GitHub page is not a user profile.' };
  // github-url-detection's isUserProfile: a profile URL whose page is not an organisation's.
  const subject = first(doc, S.subjectTag)?.getAttribute('content') ?? '';
  if (subject.startsWith('organization:') || first(doc, S.orgHeader)) {
    return { kind: 'not-a-profile', reason: 'This is an organisation, not a person.' };
  }
  // …and that shows a person: the h-card of a user's page, whether or not the subject meta is there.
  if (!first(doc, S.person)) {
    return { kind: 'not-a-profile', reason: 'Could not read this profile: the page does not look like a GitHub user profile.' };
  }
  const shownLogin = cleanLine(textOf(first(doc, S.login)));
  // A soft navigation changes the URL before the page: wait until the page shows the person the URL names.
  if (shownLogin && shownLogin.toLowerCase() !== urlLogin) return { kind: 'pending', reason: 'The profile is still loading.' };
  const login = shownLogin || urlLogin;
  const viewer = first(doc, S.viewerLogin)?.getAttribute('content');
  if (viewer && viewer.toLowerCase() === login.toLowerCase()) {
    return { kind: 'not-a-profile', reason: 'This is your own GitHub profile.' };
  }
  // GitHub's documentation: a private profile still shows the name, photo, bio, README, location,
  // company and repositories; it hides activity, contributions, follower counts and organisations.
  const isPrivate = !!first(doc, S.privateProfile);

  const clip = new Clipper();
  const strategy: Record<string, string> = {};
  const text = (field: string, value: string, how: string, max = STRING_MAX) => {
    if (!value) return undefined;
    strategy[field] = how;
    return clip.text(field, value, max);
  };
  // itemprop / h-card hooks are the first fallback of each list; later fallbacks are plain classes.
  const how = (list: readonly string[], found: Element | null) => (found && found.matches(list[0]!) ? 'itemprop' : 'dom');

  const nameElement = first(doc, S.name);
  const name = text('basics.name', cleanLine(textOf(nameElement)), how(S.name, nameElement));
  const bioElement = first(doc, S.bio);
  const bio = text('basics.summary', cleanLine(bioElement?.getAttribute('data-bio-text') ?? textOf(bioElement)), 'dom', SUMMARY_MAX);
  const companyElement = first(doc, S.company);
  // "@quillworks" names the organisation account; the company is its name without the "@".
  const company = text('work.0.name', cleanLine(textOf(companyElement)).replace(/^@/, ''), how(S.company, companyElement));
  const locationElement = first(doc, S.location);
  const place = text('basics.location', cleanLine(textOf(locationElement)), how(S.location, locationElement));
  // The public email the person chose to show (GitHub shows it to signed-in visitors); never a noreply relay.
  const emailElement = first(doc, S.email);
  const email = /^mailto:([^?\s]+@[^?\s]+)$/i.exec(emailElement?.getAttribute('href')?.trim() ?? '')?.[1];
  const publicEmail = email && !/noreply/i.test(email) ? email : undefined;
  if (publicEmail) strategy['basics.email'] = how(S.email, emailElement);
  const websiteElement = first(doc, S.website);
  const website = safeHttpUrl(websiteElement?.getAttribute('href'));
  if (website) strategy['basics.url'] = how(S.website, websiteElement);

  const profileUrl = `https://github.com/${login}`;
  const profiles: Array<{ network: string; username?: string; url: string }> = [{ network: 'GitHub', username: login, url: profileUrl }];
  // Before 2023 GitHub had no field for it: people wrote their LinkedIn address as their website.
  for (const link of [...(website && linkedinSlugFromHref(website) ? [websiteElement!] : []), ...all(doc, S.social)]) {
    const social = socialProfile(link.getAttribute('href') ?? '');
    if (social && !profiles.some((p) => p.url === social.url)) profiles.push(social);
  }
  if (profiles.some((p) => p.network === 'LinkedIn')) strategy['basics.profiles.LinkedIn'] = 'itemprop';

  const projects = clip.list('projects', all(doc, S.pinned), LIST_MAX.projects).flatMap((item, i) => {
    const link = first(item, S.pinnedLink);
    const anchor = link?.closest('a') ?? link;
    const href = safeHttpUrl(anchor?.getAttribute('href'), 'https://github.com/');
    // The link's path is owner/name, also for someone else's repository pinned here.
    const fullName = href ? new URL(href).pathname.split('/').filter(Boolean).slice(0, 2).join('/') : '';
    if (!fullName) return [];
    const description = cleanLine(textOf(first(item, S.pinnedDescription)));
    const language = cleanLine(textOf(first(item, S.pinnedLanguage)));
    return [
      {
        name: clip.text(`projects.${i}.name`, fullName),
        url: `https://github.com/${fullName}`,
        ...(description ? { description: clip.text(`projects.${i}.description`, description) } : {}),
        ...(language ? { keywords: [language] } : {}),
        type: 'repository',
      },
    ];
  });
  if (projects.length) strategy.projects = 'dom';

  const id = Number(subject.slice('user:'.length));
  const followers = parseCount(cleanLine(textOf(first(doc, S.followers))));
  const contributionsText = cleanLine(textOf(first(doc, S.contributions)));
  const contributions = parseCount(/^([\d.,]+)/.exec(contributionsText)?.[1] ?? '');
  // lib/profile.ts takes an organisation of at most 100 characters: a longer label is clipped (and recorded), so it never refuses the capture.
  const organizationNames = all(doc, S.organizations)
    .map((a) => a.getAttribute('aria-label') || (a.getAttribute('href') ?? '').split('/').filter(Boolean).pop() || '')
    .map(cleanLine)
    .filter(Boolean);
  const organizations = clip
    .list('capture.githubPage.organizations', organizationNames, LIST_MAX.profiles)
    .map((org, i) => clip.text(`capture.githubPage.organizations.${i}`, org, ORGANIZATION_MAX));

  const facts: GitHubPageFacts = {
    ...(Number.isInteger(id) && id > 0 ? { id } : {}),
    ...(followers !== undefined ? { followers } : {}),
    ...(contributions !== undefined ? { contributionsLastYear: contributions } : {}),
    organizations,
    ...(isPrivate ? { private: true } : {}),
  };
  return {
    kind: 'profile',
    login: login.toLowerCase(),
    facts,
    profile: {
      basics: {
        ...(name ? { name } : {}),
        ...(bio ? { summary: bio } : {}),
        ...(website ? { url: clip.text('basics.url', website) } : {}),
        ...(publicEmail ? { email: clip.text('basics.email', publicEmail) } : {}),
        // GitHub's location is free text ("Lisbon, Portugal", "Earth"): kept whole, as cli/github-input.ts keeps the API's.
        ...(place ? { location: { address: place } } : {}),
        profiles: clip.list('basics.profiles', profiles, LIST_MAX.profiles),
      },
      work: company ? [{ name: company }] : [],
      projects,
      capture: {
        source: 'github',
        url: profileUrl,
        capturedAt: now.toISOString(),
        strategy,
        missing: [],
        truncated: clip.truncated,
        // Kept with the capture, so the popup can show them.
        githubPage: facts,
      },
    },
  };
}
