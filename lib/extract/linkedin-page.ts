/**
 * What a LinkedIn page is, decided before anything on it is read: a person's
 * profile, one of the person's /details/ lists, or a page that is nobody
 * (a sign-in wall or "Profile Not Found" served at the profile's own address,
 * the feed, a search, jobs, a company or a school). A page that is nobody is
 * never a candidate, whatever heading it shows.
 */
import { first } from './dom';
import { linkedinSlugFromHref } from './links';
import { linkedinSelectors as S } from './selectors-linkedin';

export type LinkedInPageKind = 'not-found' | 'sign-in' | 'company' | 'school' | 'feed' | 'search' | 'jobs' | 'other';

/** Why a page is not captured, in the recruiter's words; each names the kind of page. */
export function pageKindReason(kind: LinkedInPageKind, url: URL): string {
  if (kind === 'not-found') return 'LinkedIn shows "Profile Not Found": there is no profile at this address.';
  if (kind === 'sign-in') return 'LinkedIn shows a sign-in page instead of the profile: sign in to LinkedIn, then open the profile again.';
  if (kind === 'company' || kind === 'school') return `This is a LinkedIn ${kind} page, not a person.`;
  if (kind !== 'other') return `This is a LinkedIn ${kind} page, not a person's profile.`;
  return `This LinkedIn page is not a person's profile${url.pathname.startsWith('/in/') ? " itself (open the profile's main page)" : ''}.`;
}

/**
 * LinkedIn's /in/<slug>/details/<list>/ pages ("Show all 12 experiences"),
 * and the JSON Resume section each one lists in full.
 */
export const DETAILS_SECTIONS = {
  experience: 'work',
  education: 'education',
  skills: 'skills',
  certifications: 'certificates',
  languages: 'languages',
  projects: 'projects',
  'volunteering-experiences': 'volunteer',
  honors: 'awards',
} as const;
export type ListSection = (typeof DETAILS_SECTIONS)[keyof typeof DETAILS_SECTIONS];

/**
 * The slug of a profile URL, lower-cased, or null for any other LinkedIn page.
 * An overlay opened over the profile (/in/<slug>/overlay/contact-info/) is
 * still that profile's view: the page behind it is the profile.
 */
export function slugFromProfileUrl(url: URL): string | null {
  const overlay = /^\/in\/([^/]+)\/overlay\//.exec(url.pathname);
  return linkedinSlugFromHref(overlay ? `${url.origin}/in/${overlay[1]}/` : url.href);
}

/** /in/<slug>/details/<list>/: whose list and which section, or null. */
export function detailsOfUrl(url: URL): { slug: string; section: ListSection } | null {
  const match = /^\/in\/([^/]+)\/details\/([a-z-]+)\/?$/.exec(url.pathname);
  const section = match && DETAILS_SECTIONS[match[2] as keyof typeof DETAILS_SECTIONS];
  const slug = match && linkedinSlugFromHref(`${url.origin}/in/${match[1]}/`);
  return section && slug ? { slug, section } : null;
}

/**
 * Pages that are never a person, by the words of their path (/company/…,
 * /feed/, /authwall…) and of their pageKey (d_flagship3_feed,
 * auth_wall_desktop_profile, d_org_guest_company_overview…; seen 2019-2026),
 * whatever address the pageKey's page is served at.
 */
const KINDS: Array<[LinkedInPageKind, string]> = [
  ['sign-in', 'login|authwall|auth_wall|signup|checkpoint|uas|homepage-guest'],
  ['not-found', '404|not_?found'],
  ['feed', 'feed'],
  ['company', 'company|showcase'],
  ['school', 'school'],
  ['search', 'search'],
  ['jobs', 'jobs?'],
];

/** The title of the not-found page LinkedIn serves at a profile's address, in the interface languages we read. */
const NOT_FOUND_TITLE = /^(profile not found|profil nicht gefunden|profil introuvable|perfil no encontrado|perfil não encontrado)\b/i;

/** The kind of page when it is nobody's profile, or null when it may be a person's (a profile or a details list). */
export function pageKindOf(doc: Document, url: URL): LinkedInPageKind | null {
  for (const [kind, words] of KINDS) if (new RegExp(`^/(${words})\\b`).test(url.pathname)) return kind;
  if (!slugFromProfileUrl(url) && !detailsOfUrl(url)) return 'other';
  const key = first(doc, S.pageKey)?.getAttribute('content') ?? '';
  for (const [kind, words] of KINDS) if (new RegExp(words).test(key)) return kind;
  if (first(doc, S.signIn)) return 'sign-in';
  return NOT_FOUND_TITLE.test(doc.title ?? '') ? 'not-found' : null;
}
