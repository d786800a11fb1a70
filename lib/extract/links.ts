/**
 * Links between a person's accounts: a LinkedIn profile's GitHub link, a
 * GitHub profile's LinkedIn link. Both sites wrap or vary their URLs, so each
 * reader accepts the forms seen in the wild and nothing else.
 */
import { isProfile } from 'github-url-detection';

function parse(href: string): URL | null {
  try {
    const url = new URL(href.trim(), 'https://www.linkedin.com/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * LinkedIn sends outbound links through /redir/redirect?url=… (and the
 * safety page /safety/go?url=…); the address the person wrote is the url.
 */
function unwrapLinkedInRedirect(url: URL): URL {
  if (/(^|\.)linkedin\.com$/.test(url.hostname) && /^\/(redir\/redirect|safety\/go)\/?$/.test(url.pathname)) {
    const target = url.searchParams.get('url');
    const inner = target ? parse(target) : null;
    if (inner) return inner;
  }
  return url;
}

/** An outbound link as the person wrote it: LinkedIn's redirect unwrapped, http(s) only. */
export function outboundHref(href: string | null | undefined): string | null {
  const url = href ? parse(href) : null;
  return url ? unwrapLinkedInRedirect(url).href : null;
}

/**
 * The GitHub login a link names, when it is a link to a person's profile:
 * github.com/<login>, optionally with a trailing slash or ?tab=…, and nothing
 * after the login. A repository, gist, organisation page or sponsors page is
 * someone's work, not a name for the person who links it ("github.com/apache/kafka"
 * names nobody here); GitHub's reserved paths (features, orgs, topics…) never do.
 */
export function githubLoginFromHref(href: string): string | null {
  const trimmed = href.trim();
  // "github.com/mara-lind", as people type it into a website field.
  const raw = parse(/^(?:www\.)?github\.com\//i.test(trimmed) ? `https://${trimmed}` : trimmed);
  if (!raw) return null;
  const url = unwrapLinkedInRedirect(raw);
  if (!/^(?:www\.)?github\.com$/i.test(url.hostname) || url.hash) return null;
  // forEach, not for…of: in a Firefox content script URL is the page's, seen
  // through an Xray wrapper, and its iterators are not iterable there.
  let otherParameter = false;
  url.searchParams.forEach((_, key) => {
    if (key !== 'tab') otherParameter = true;
  });
  if (otherParameter) return null;
  const login = /^\/([a-z\d](?:[a-z\d-]{0,38}))\/?$/i.exec(url.pathname)?.[1];
  if (!login) return null;
  // The reserved names are lower-case; GitHub's paths are not case-sensitive.
  return isProfile(new URL(`https://github.com/${login.toLowerCase()}`)) ? login : null;
}

/** github.com/<login> written in plain text (an About that says "code: github.com/mara-lind"); a repository address names nobody. */
export function githubLoginFromText(text: string): string | null {
  for (const match of text.matchAll(/(?:^|[^\w.-])((?:https?:\/\/)?(?:www\.)?github\.com\/[^\s<>"'`()[\]{}]*)/gi)) {
    // A sentence's own punctuation after the address is not part of it.
    const login = match[1] && githubLoginFromHref(match[1].replace(/[.,;:!?]+$/, ''));
    if (login) return login;
  }
  return null;
}

/** The slug of a LinkedIn profile URL (/in/<slug>), decoded, or null. Any linkedin.com host counts (de.linkedin.com is the public page). */
export function linkedinSlugFromHref(href: string): string | null {
  const raw = parse(href);
  if (!raw) return null;
  const url = unwrapLinkedInRedirect(raw);
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const match = /^\/in\/([^/?#]+)\/?$/.exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  // LinkedIn slugs are 3-100 letters, digits and hyphens (any script since 2019's vanity URLs).
  return /^[\p{L}\p{N}-]{3,100}$/u.test(slug) ? slug.toLowerCase() : null;
}

/** The canonical address of a LinkedIn profile. */
export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
