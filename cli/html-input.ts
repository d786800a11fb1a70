/**
 * `--html FILE --url URL` for the command line: a profile page saved from a
 * browser, read by the same extractors the content scripts run, on
 * linkedom's DOM instead of the browser's. The URL says which site and whose
 * page it is, as the address bar did when the page was saved.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extractGitHubProfile, loginFromProfileUrl } from '../lib/extract/github';
import { extractLinkedInProfile, slugFromProfileUrl } from '../lib/extract/linkedin';
import { mergeDetails } from '../lib/profile/details';
import { primaryIdOf } from '../lib/profile/identity';
import { Profile, fieldPath, type PartialSection } from '../lib/profile/profile';

/** Bad input about a saved page; the command prints it and exits 2. */
export class HtmlInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlInputError';
  }
}

export interface HtmlInput {
  /** The URL, as --json's "input" names a saved page. */
  input: string;
  profile: Profile;
  /** A LinkedIn "Show all" list (/in/<slug>/details/…): one section of a person, merged into their profile page. */
  details?: { section: PartialSection; file: string };
}

/** Saved pages larger than this are not a profile page (the huge fixture is under 0.5 MB). */
const MAX_BYTES = 20 * 1024 * 1024;

function siteOf(url: URL): 'github' | 'linkedin' | null {
  if (url.hostname === 'github.com' || url.hostname === 'www.github.com') return 'github';
  if (/(^|\.)linkedin\.com$/.test(url.hostname)) return 'linkedin';
  return null;
}

/**
 * Whose page a saved page says it is, from its own address: the canonical
 * link and og:url every GitHub and LinkedIn profile page carries, and
 * GitHub's octolytics login. Null when the page names no profile of that
 * site (an address is then all we have).
 */
function ownAccountOf(document: Document, site: 'github' | 'linkedin'): { account: string; address: string } | null {
  const addresses = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const address of addresses) {
    if (!address) continue;
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    const account = site === 'github' ? loginFromProfileUrl(url) : slugFromProfileUrl(url);
    if (account) return { account, address };
  }
  if (site === 'github') {
    const login = document.querySelector('meta[name="octolytics-dimension-user_login"]')?.getAttribute('content')?.trim();
    if (login) return { account: login.toLowerCase(), address: `https://github.com/${login}` };
  }
  return null;
}

export async function htmlInput(file: string, url: string, now: Date = new Date()): Promise<HtmlInput> {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new HtmlInputError(`--url: "${url}" is not a URL (give the address the page was saved from)`);
  }
  const site = siteOf(address);
  if (!site) throw new HtmlInputError(`--url: ${url} is not a GitHub or LinkedIn address`);
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HtmlInputError(`cannot read it (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : String(code ?? error)})`);
  }
  if (html.length > MAX_BYTES) throw new HtmlInputError(`${url} is not a person's profile: the saved page is larger than 20 MB`);
  const { document } = parseHTML(html);
  // The page's own address wins over the one typed: one person's saved page
  // is never screened as another's because --url named them.
  const claimed = site === 'github' ? loginFromProfileUrl(address) : slugFromProfileUrl(address);
  const own = ownAccountOf(document, site);
  if (claimed && own && own.account !== claimed) {
    throw new HtmlInputError(
      `${url} is not the page's own address: the saved page says it is ${own.address}. Give the address the page was saved from.`,
    );
  }
  const result = site === 'github' ? extractGitHubProfile(document, address, now) : extractLinkedInProfile(document, address, now);
  // The reason names the kind of page (a company, a sign-in wall, "Profile Not Found"…).
  if (result.kind === 'not-a-profile') throw new HtmlInputError(`${url} is not a person's profile: ${result.reason}`);
  if (result.kind === 'pending') {
    throw new HtmlInputError(
      `${url} is not a person's profile: the saved page shows another profile than this URL, or was saved before the profile loaded`,
    );
  }
  const parsed = Profile.safeParse(result.profile);
  if (!parsed.success) {
    // The extractors promise a valid profile; if one breaks that promise, say where.
    const issue = parsed.error.issues[0];
    throw new HtmlInputError(`${url}: the page was read into an invalid profile (${issue ? `${fieldPath(issue.path)}: ${issue.message}` : 'unknown'})`);
  }
  return { input: url, profile: parsed.data, ...(result.kind === 'details' ? { details: { section: result.section, file } } : {}) };
}

/**
 * LinkedIn "Show all" lists saved beside their person's profile page join
 * that page (the extension does the same when the recruiter opens them), so
 * the person is screened once, on the whole. A list whose profile page was not
 * given is nobody's whole profile: it comes back as an orphan, to be named.
 */
export function joinDetailsLists<T extends { profile: Profile; details?: HtmlInput['details'] }>(inputs: readonly T[]): { inputs: T[]; orphans: T[] } {
  const pages = inputs.filter((input) => !input.details);
  const orphans: T[] = [];
  for (const list of inputs) {
    if (!list.details) continue;
    const page = pages.find((p) => p.profile.capture?.source === 'linkedin' && primaryIdOf(p.profile) === primaryIdOf(list.profile));
    if (page) page.profile = mergeDetails(page.profile, list.details.section, list.profile);
    else orphans.push(list);
  }
  return { inputs: pages, orphans };
}
