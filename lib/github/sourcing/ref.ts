/**
 * Which repository the recruiter means: "OWNER/NAME" or any github.com
 * address inside it (its pull requests, a file, a branch). Page types come
 * from github-url-detection, so a profile, an organisation or one of
 * GitHub's own pages (settings, marketplace) is told apart from a repository
 * by the same list refined-github keeps current.
 */
import { isRepo, utils } from 'github-url-detection';

export interface RepositoryRef {
  owner: string;
  name: string;
  /** "owner/name" as typed. */
  fullName: string;
}

export type RepositoryRefResult = { ok: true; ref: RepositoryRef } | { ok: false; message: string };

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Repository names: letters, digits, '.', '-', '_', at most 100 characters, never "." or "..". */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

const EXAMPLE = 'name it as OWNER/NAME, for example quillworks/ledgerd, or paste its address on github.com';

/** The lower-cased "owner/name" that keys a repository everywhere (one list per repository). */
export function repositoryKey(ref: Pick<RepositoryRef, 'owner' | 'name'>): string {
  return `${ref.owner}/${ref.name}`.toLowerCase();
}

export function parseRepositoryRef(input: string): RepositoryRefResult {
  const text = input.trim();
  if (!text) return { ok: false, message: `No repository given: ${EXAMPLE}.` };
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(www\.)?github\.com\//i.test(text);
  if (!looksLikeUrl) {
    const [owner = '', rawName = '', ...rest] = text.split('/');
    const name = rawName.replace(/\.git$/i, '');
    if (rest.length === 0 && OWNER.test(owner) && NAME.test(name)) return { ok: true, ref: { owner, name, fullName: `${owner}/${name}` } };
    return { ok: false, message: `"${text.slice(0, 120)}" is not a GitHub repository: ${EXAMPLE}.` };
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text.slice(0, 120)}" is not an address: ${EXAMPLE}.` };
  }
  const host = url.hostname.replace(/^www\./, '');
  if (host !== 'github.com' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { ok: false, message: `${url.host} is not github.com: ${EXAMPLE}.` };
  }
  const canonical = new URL(`https://github.com${url.pathname}`);
  const info = isRepo(canonical) ? utils.getRepositoryInfo(canonical) : undefined;
  if (!info) {
    const parts = url.pathname.split('/').filter(Boolean);
    const what = parts.length === 1 ? 'a GitHub profile or organisation' : parts.length === 0 ? "GitHub's home page" : 'not a repository page';
    return { ok: false, message: `${canonical.href} is ${what}, not a repository: open one of its repositories, or ${EXAMPLE}.` };
  }
  const name = info.name.replace(/\.git$/i, '');
  if (!OWNER.test(info.owner) || !NAME.test(name)) return { ok: false, message: `"${text.slice(0, 120)}" is not a GitHub repository: ${EXAMPLE}.` };
  return { ok: true, ref: { owner: info.owner, name, fullName: `${info.owner}/${name}` } };
}
