/**
 * The shared profile of a GitHub user read through the API, as the GitHub
 * page would give it (DESIGN.md "The profile": bio → summary, company → a
 * work entry without its leading @, website → basics.url). The CLI's
 * --github uses it, and so does sourcing for people nobody has opened yet.
 */
import { Profile } from '../profile/profile';
import type { GitHubUser } from '../profile/github-evidence';

/** "fiona.example.com" → "https://fiona.example.com"; empty → undefined. */
function websiteUrl(blog: string | null): string | undefined {
  const text = blog?.trim();
  if (!text) return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

export function profileFromGitHubUser(user: GitHubUser, capturedAt: Date): Profile {
  const company = user.company?.trim().replace(/^@/, '').trim();
  const url = websiteUrl(user.blog);
  const missing: string[] = [];
  if (!user.name) missing.push('name');
  if (!user.bio) missing.push('summary');
  return Profile.parse({
    basics: {
      ...(user.name ? { name: user.name } : {}),
      ...(user.bio ? { summary: user.bio } : {}),
      // The public profile email the person chose to show: a found email, exported only when the recruiter asks (cli: --include-found-emails).
      ...(user.email ? { email: user.email } : {}),
      ...(url ? { url } : {}),
      // GitHub's location is free text ("Lisbon, Portugal"): kept whole, never parsed.
      ...(user.location ? { location: { address: user.location } } : {}),
      profiles: [{ network: 'GitHub', username: user.login, url: user.url }],
    },
    work: company ? [{ name: company }] : [],
    capture: {
      source: 'github',
      url: user.url,
      capturedAt: capturedAt.toISOString(),
      strategy: { basics: 'github-api' },
      missing,
    },
  });
}

/** What is known of an account before it is analysed: its login and page. */
export function unreadGitHubUser(login: string, url = `https://github.com/${login}`): GitHubUser {
  return { login, name: null, company: null, bio: null, blog: null, location: null, publicRepos: 0, followers: 0, createdAt: null, url };
}
