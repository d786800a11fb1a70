/**
 * Where things are on a github.com user profile, as data. Each entry is a
 * list of fallbacks, most stable first (schema.org itemprop and h-card
 * classes outlive GitHub's restyles; refined-github's selectors.ts keeps its
 * own the same way). Comments say which page and when the markup was seen;
 * lib/extract/selectors.test.ts checks every list against every fixture
 * page with the count it should match.
 */
export const githubSelectors = {
  /**
   * <meta name="hovercard-subject-tag" content="user:123"> on profiles, "organization:123" on orgs (seen 2025-11).
   * One signal among others, not a gate: saved pages and some soft-navigated ones lack it (seen 2021-2025).
   */
  subjectTag: ['meta[name="hovercard-subject-tag"]'],
  /** An organisation's page: its header (`header.orghead`, 2019-2025) or schema.org Organization scope. */
  orgHeader: ['header.orghead', '[itemtype="http://schema.org/Organization"]'],
  /** A person's page: the h-card in a schema.org Person scope (2019-2025), its names block. */
  person: ['.h-card[itemtype="http://schema.org/Person"]', '.h-card', '.vcard-names'],
  /** The signed-in viewer's login, on every page when signed in (github-url-detection's getLoggedInUser, 2025-11). */
  viewerLogin: ['meta[name="user-login"]'],
  /** The frame a private profile shows where activity would be (seen 2025-11; github-url-detection's isPrivateUserProfile). */
  privateProfile: ['#user-private-profile-frame'],
  /** Display name: h-card p-name, itemprop="name" (seen 2025-11). */
  name: ['.vcard-names .p-name', '[itemprop="name"].vcard-fullname', 'h1 .p-name'],
  /** Login: h-card p-nickname, itemprop="additionalName" (seen 2025-11). */
  login: ['.vcard-names .p-nickname', '[itemprop="additionalName"]', '.p-nickname'],
  /** Bio: data-bio-text holds the raw text without emoji markup (seen 2025-11). */
  bio: ['.user-profile-bio[data-bio-text]', '.p-note.user-profile-bio', '.p-note'],
  /** Company: li[itemprop=worksFor] with the h-card p-org span, "@quillworks" or plain text (seen 2025-11). */
  company: ['[itemprop="worksFor"] .p-org', '.vcard-detail[itemprop="worksFor"]', 'li[aria-label^="Organization:"]'],
  /** Location: li[itemprop=homeLocation] with the h-card p-label span (seen 2025-11). */
  location: ['[itemprop="homeLocation"] .p-label', '.vcard-detail[itemprop="homeLocation"]', 'li[aria-label^="Home location:"]'],
  /** Website: li[itemprop=url] with data-test-selector="profile-website-url" (seen 2025-11). */
  website: ['[itemprop="url"][data-test-selector="profile-website-url"] a[href]', '[data-test-selector="profile-website-url"] a[href]', '[itemprop="url"] a[rel~="me"]'],
  /** Public email: li[itemprop=email] with the h-card u-email mailto link, shown to signed-in visitors only (seen 2025-11). */
  email: ['[itemprop="email"] a.u-email[href^="mailto:"]', '[itemprop="email"] a[href^="mailto:"]'],
  /**
   * Social accounts: li[itemprop=social] links with rel="me" (added 2023, seen 2025-11); before
   * 2023 only Twitter had a field, `li[itemprop="twitter"]` with a plain link (seen 2019-2022).
   */
  social: ['li[itemprop="social"] a[rel~="me"]', 'li[itemprop="twitter"] a[href]', '.vcard-details a[rel~="me"][href*="linkedin.com"]'],
  /** Organisations in the sidebar: avatar links with data-hovercard-type="organization" (seen 2025-11). */
  organizations: ['a.avatar-group-item[data-hovercard-type="organization"]', '[itemprop="follows"][data-hovercard-type="organization"]'],
  /** Pinned repositories: the reorderable list's items, then the item box alone (seen 2025-11). */
  pinned: ['.js-pinned-items-reorder-container li .pinned-item-list-item', '.pinned-item-list-item'],
  /** Inside a pinned item: the repository link (its href is /owner/name), description, language (seen 2025-11). */
  pinnedLink: ['a[href] span.repo', 'a.Link[href]', 'a[href]'],
  pinnedDescription: ['p.pinned-item-desc', '.pinned-item-desc'],
  pinnedLanguage: ['[itemprop="programmingLanguage"]'],
  /** "1.2k followers": the bold count inside the followers tab link (seen 2025-11). */
  followers: ['a[href$="?tab=followers"] .text-bold', 'a[href*="tab=followers"] span'],
  /** "1,234 contributions in the last year" above the graph (seen 2025-11). */
  contributions: ['.js-yearly-contributions h2', 'h2#js-contribution-activity-description'],
} as const satisfies Record<string, readonly string[]>;
