/**
 * Which repository a github.com address is inside, if any (its home, its
 * pull requests, a file): github-url-detection's own test, so GitHub's
 * reserved paths (settings, marketplace, orgs) are never taken for one.
 * Only the address is read: nothing on the page.
 */
import { isRepo, utils } from 'github-url-detection';

/** "OWNER/NAME" for an address inside a repository on github.com; null for any other page. */
export function repositoryOfUrl(url: URL): string | null {
  if (url.hostname !== 'github.com' || !isRepo(url)) return null;
  return utils.getRepositoryInfo(url)?.nameWithOwner ?? null;
}
