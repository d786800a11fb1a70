/**
 * The GitHub API root a request goes to: GitHub's own, or a GitHub
 * Enterprise Server's. The token is bound to it (lib/store/settings.ts).
 */

/** GitHub's own API root. */
export const DEFAULT_API_URL = 'https://api.github.com';

/** "https://api.github.com" or a GitHub Enterprise Server root "https://HOST/api/v3". */
export function normaliseApiUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.hostname === '127.0.0.1')) {
    throw new Error('The GitHub API address must start with https://');
  }
  if (url.hostname === 'github.com' || url.hostname === 'www.github.com') return DEFAULT_API_URL;
  let path = url.pathname.replace(/\/+$/, '');
  // A GitHub Enterprise Server's API lives under /api/v3 of its host.
  if (url.hostname !== 'api.github.com' && url.hostname !== '127.0.0.1' && !path.endsWith('/api/v3')) path = `${path}/api/v3`;
  return `${url.origin}${path}`;
}

