/**
 * Where things are on a LinkedIn page, as data. Each entry is a list of
 * fallbacks, most stable first; `all()`/`first()` take the first fallback
 * that matches anything. Sections are found by their anchors, data-section
 * names and `componentkey`s (the same in every interface language), and only
 * then by their heading's words (linkedin-sections.ts).
 *
 * Five page structures share these lists, each a fixture in
 * tests/fixtures/pages/linkedin, and tests/extract/selectors.test.ts checks
 * every list against every fixture:
 *   - "pvs": the logged-in profile of 2021-2025 (www.linkedin.com/in/…),
 *     cards anchored by `div#<section>.pv-profile-card__anchor`, visible text
 *     in `span[aria-hidden=true]` beside a `.visually-hidden` twin, sections
 *     lazy-loaded as the reader scrolls, "Show all N" links to /details/ pages
 *     that list the whole section (`li.pvs-list__paged-list-item`);
 *   - "sdui": the logged-in React profile LinkedIn serves since 2025
 *     (server-driven UI): hashed classes, no <li> for entries, cards named by
 *     `componentkey="com.linkedin.sdui.profile.card.ref<ID><Card>"`, entries
 *     `componentkey="entity-collection-item-<uuid>"`, lines in <p>, the name in
 *     an <h2> (an <h1> on some pages), some text twice for screen readers;
 *   - "guest 2023": the logged-out page (xx.linkedin.com/in/…, pageKey
 *     public_profile_v3_desktop) with `h3.profile-section-card__title`;
 *   - "guest 2024": the same page restyled with utility classes, the title in
 *     `h3 > span.experience-item__title`, the company in `span.experience-item__subtitle`;
 *   - pages that are nobody: sign-in wall, "Profile Not Found", feed, search,
 *     jobs, company and school pages.
 * Dates in comments are when the structure was seen in saved pages that other
 * projects published as test data (structure only; the people are ours).
 */
/** A pvs card's anchor: `div#<id>.pv-profile-card__anchor` (2021-2025). */
const pvs = (id: string) => `div#${id}.pv-profile-card__anchor`;
/** pvs "see more" text, visible copy (2021-2025): About and role descriptions alike. */
const SEE_MORE = ['.pv-shared-text-with-see-more span[aria-hidden="true"]', '[class*="inline-show-more-text"] > span[aria-hidden="true"]'];
/** sdui's expandable text (2025-2026): About and role descriptions alike. */
const TEXT_BOX = '[data-testid="expandable-text-box"]';

export const linkedinSelectors = {
  /** <script type="application/ld+json">: a Person, an @graph holding one, or a ProfilePage's mainEntity (guest 2021-2025). */
  jsonLd: ['script[type="application/ld+json"]'],
  /**
   * pvs: server-rendered API responses in hidden <code id="bpr-guid-…"> elements,
   * each {"data":…, "included":[entities]} (2019-2025; fewer sections embedded since 2024; none in sdui).
   */
  embeddedData: ['code[id^="bpr-guid-"]', 'code[style*="display: none"]'],
  /** The profile column: pvs `main.scaffold-layout__main` (2021-2025), guest `main#main-content` (2022-2025), sdui `main` (2025-2026). */
  main: ['main.scaffold-layout__main', 'main#main-content', 'main'],
  /**
   * The person's name: pvs `h1.text-heading-xlarge` (2021-2025), guest `h1.top-card-layout__title`
   * (2022-2025), sdui the top card's h1 or h2 (2025-2026). Never any heading: a page's
   * heading is not a person ("Join LinkedIn", "This page doesn't exist").
   */
  name: ['h1.text-heading-xlarge', 'h1.top-card-layout__title', '[componentkey$="Topcard"] h1', '[componentkey$="Topcard"] h2'],
  /** The card holding the name: pvs `section.artdeco-card` (2021-2025), guest `section.top-card-layout`, sdui the Topcard (2025-2026). */
  topCard: ['section.artdeco-card', 'section.top-card-layout', '[componentkey$="Topcard"]'],
  /** Headline under the name: pvs `.text-body-medium.break-words` (2021-2025), guest `h2.top-card-layout__headline` (2022-2025). */
  headline: ['.text-body-medium.break-words', 'h2.top-card-layout__headline', '[data-generated-suggestion-target]'],
  /**
   * Location line of the top card: pvs `span.text-body-small.inline.t-black--light` (2021-2025),
   * guest 2024 the first subline item's span, guest 2023 `div.top-card__subline-item`.
   */
  location: [
    'span.text-body-small.inline.t-black--light.break-words',
    '.top-card-layout__first-subline .not-first-middot > span',
    '.top-card__subline-item',
  ],
  /**
   * Links that name the profile's own slug: "Contact info" (/in/<slug>/overlay/contact-info/,
   * pvs 2020-2025 and sdui 2025-2026) and "Show all" links (/in/<slug>/details/…). They tell
   * whether the DOM still shows the previous profile after a client-side navigation.
   */
  ownSlugLinks: ['a#top-card-text-details-contact-info', 'a[href*="/overlay/contact-info"]', 'a[href*="/details/"]'],
  /**
   * The "Contact info" overlay, rendered outside <main> in the modal outlet
   * when the reader opens it (pvs, 2021-2025): its websites may name a GitHub account.
   */
  contactInfo: ['.pv-contact-info', '#artdeco-modal-outlet [role="dialog"]'],
  /** Inside the open "Contact info" overlay: the email LinkedIn shows the reader (section.ci-email, 2021-2025). */
  contactEmail: ['section.ci-email a[href^="mailto:"]', 'a.pv-contact-info__contact-link[href^="mailto:"]'],
  /** The profile's own "Featured" card (pvs `div#featured.pv-profile-card__anchor`, 2022-2025). */
  featured: [pvs('featured'), '#featured'],
  /**
   * Sections, one list each: the pvs anchor (2021-2025), the guest section's data-section
   * (2022-2025), the sdui card's componentkey (2025-2026). Where the sdui name was not seen
   * (languages, honours) the heading's words find the card (linkedin-sections.ts).
   */
  about: [pvs('about'), 'section[data-section="summary"]', '[componentkey$="About"]'],
  experience: [pvs('experience'), 'section[data-section="experience"]', '[componentkey$="ExperienceTopLevelSection"]'],
  education: [pvs('education'), 'section[data-section="educationsDetails"]', '[componentkey$="EducationTopLevelSection"]'],
  skills: [pvs('skills'), '[componentkey$="Skills"]'],
  certifications: [pvs('licenses_and_certifications'), 'section[data-section="certifications"]', '[componentkey$="CertificationTopLevel"]'],
  languages: [pvs('languages'), 'section[data-section="languages"]'],
  projects: [pvs('projects'), 'section[data-section="projects"]', '[componentkey$="Projects"]'],
  'volunteering-experiences': [pvs('volunteering_experience'), 'section[data-section="volunteering"]', '[componentkey$="VolunteerExperienceTopLevel"]'],
  honors: [pvs('honors_and_awards'), 'section[data-section="awards"]'],
  /** Section headings, for the heading's-words fallback: pvs, guest and sdui cards all title themselves with an h2. */
  heading: ['h2'],
  /** About text: pvs "see more" text's visible span (2022-2025), sdui expandable text box (2025-2026), guest section content. */
  aboutText: [...SEE_MORE, TEXT_BOX, '.core-section-container__content'],
  /** sdui entries, which are not list items: entity collection items (2025-2026), and skill components listed twice (2026). */
  sduiEntry: ['[componentkey^="entity-collection-item"]', '[componentkey^="com.linkedin.sdui.profile.skill("]'],
  /**
   * Entry title (role, school, skill; the company of a group): pvs bold line's visible span
   * (2021-2025), guest 2023 h3, guest 2024 `span.experience-item__title` inside an unnamed h3,
   * the guest group header (2022-2025), then any h3 (guest 2024 schools).
   */
  title: [
    '.t-bold span[aria-hidden="true"]',
    'h3.profile-section-card__title',
    '.experience-item__title',
    '.experience-group-header__company',
    'h3',
  ],
  /** Line under the title ("Company · Full-time", "Master of Science - MS, Computer Science", an issuer). */
  subtitle: [
    'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
    'h4.profile-section-card__subtitle',
    '.experience-item__subtitle',
    'h4',
  ],
  /** Guest education: degree and field as separate spans, classed in 2023, unnamed under a middot h4 in 2024. */
  degreeParts: ['.education__item--degree-info', 'h4.not-first-middot > span'],
  /**
   * Grey lines: dates and location. pvs caption spans (2021-2025), guest date ranges and meta
   * items (2023: experience-item__ / experience-group-position__; 2024: experience-item__meta-item).
   * All of these are read, in page order.
   */
  meta: [
    'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]',
    '.date-range',
    'p.experience-item__meta-item',
    'p.experience-group-position__meta-item',
    'p.education__item--duration',
    '.certifications__date-range',
  ],
  /**
   * Role description: pvs "see more" text (2021-2025), guest show-more text (2024 keeps the whole
   * text in `--more`, the cut one in `--less`; 2023 only `--less`), sdui expandable text box.
   */
  description: [...SEE_MORE, '.show-more-less-text__text--more', '.show-more-less-text__text--less', '.experience-item__description', TEXT_BOX],
  /**
   * "Show all 12 experiences": the link to the section's /details/ page, pvs footer (2022-2025)
   * and sdui "Show all" link (2025-2026). Its number says how many the section holds.
   */
  showAll: ['a[href*="/details/"]'],
  /**
   * Placeholders of sections still loading: the spinner (`.artdeco-loader`),
   * LinkedIn's lazy card shells (`.pvs-loader`) and `aria-busy` (pvs, 2023-2025).
   */
  loading: ['.artdeco-loader', '.pvs-loader', 'main [aria-busy="true"]'],
  /** The guest page: never shows skills to logged-out visitors (2022-2025). */
  publicPage: ['section.top-card-layout', 'main#main-content .public-profile'],
  /**
   * What kind of page LinkedIn served, before anything is read: `<meta name="pageKey">`
   * (d_flagship3_profile_view_base and public_profile_v3_desktop for profiles; auth_wall_desktop_profile,
   * d_flagship3_feed, d_flagship3_company… for the rest; seen 2019-2026).
   */
  pageKey: ['meta[name="pageKey"]'],
  /**
   * A sign-in wall at a profile's address: the auth wall's join and sign-in forms
   * (2020-2025) and the sign-in form of the login page LinkedIn redirects to.
   */
  signIn: ['.authwall-join-form', '.authwall-sign-in-form', 'form.login__form'],
} as const satisfies Record<string, readonly string[]>;

export type LinkedInSelector = keyof typeof linkedinSelectors;
