/**
 * Where things are on a github.com user profile, as data. Each entry is a
 * list of fallbacks, most stable first (schema.org itemprop and h-card
 * classes outlive GitHub's restyles). tests/extract checks every selector
 * against every fixture page.
 */
export const githubSelectors = {
  /** <meta name="hovercard-subject-tag" content="user:123"> on profiles, "organization:123" on orgs (seen 2025-11). */
  subjectTag: ['meta[name="hovercard-subject-tag"]'],
  /** Shown instead of the profile when the user made it private (seen 2025-11). */
  privateProfile: ['#user-private-profile-frame'],
  /** Display name: h-card p-name, itemprop="name" (seen 2025-11). */
  name: ['.vcard-names .p-name', '[itemprop="name"].vcard-fullname', 'h1 .p-name'],
  /** Login: h-card p-nickname, itemprop="additionalName" (seen 2025-11). */
  login: ['.vcard-names .p-nickname', '[itemprop="additionalName"]', '.p-nickname'],
  /** Bio: data-bio-text holds the raw text without emoji markup (seen 2025-11). */
  bio: ['.user-profile-bio[data-bio-text]', '.p-note.user-profile-bio', '.p-note'],
} as const satisfies Record<string, readonly string[]>;
