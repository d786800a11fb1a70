/**
 * Where things are on a LinkedIn profile, as data. Each entry is a list of
 * fallbacks, most stable first; `all()`/`first()` take the first fallback
 * that matches anything. Sections are found by their anchors (`#experience`
 * is the same in every interface language), never by heading text.
 *
 * Two pages share these lists: the logged-in profile (www.linkedin.com/in/…,
 * "pvs" markup of 2023-2025, sections lazy-loaded as the reader scrolls) and
 * the logged-out public profile (xx.linkedin.com/in/…, "top-card-layout"
 * markup of 2022-2025). Comments say which page and when the markup was
 * described; the fixtures in tests/fixtures/pages/linkedin reproduce both,
 * and tests/extract/selectors.test.ts checks every list against every fixture.
 */
export const linkedinSelectors = {
  /** Logged-out page: <script type="application/ld+json"> with a Person or an @graph holding one (public profile, 2021-2025). */
  jsonLd: ['script[type="application/ld+json"]'],
  /**
   * Logged-in page: server-rendered API responses in hidden <code id="bpr-guid-…"> elements,
   * each {"data":…, "included":[entities]} (2019-2025; fewer sections embedded since 2024).
   */
  embeddedData: ['code[id^="bpr-guid-"]', 'code[style*="display: none"]'],
  /** The profile column: logged-in `main.scaffold-layout__main` (2023-2025), public `main#main-content` (2022-2025). */
  main: ['main.scaffold-layout__main', 'main#main-content', 'main'],
  /** Name: logged-in `h1.text-heading-xlarge` (2021-2025), public `h1.top-card-layout__title` (2022-2025). */
  name: ['h1.text-heading-xlarge', 'h1.top-card-layout__title', 'main h1'],
  /** The top card, the section holding the name: logged-in `section.artdeco-card` (2021-2025), public `section.top-card-layout`. */
  topCard: ['section.artdeco-card', 'section.top-card-layout', 'section'],
  /** Headline under the name: logged-in `.text-body-medium.break-words` (2021-2025), public `h2.top-card-layout__headline`. */
  headline: ['.text-body-medium.break-words', 'h2.top-card-layout__headline', '[data-generated-suggestion-target]'],
  /** Location line of the top card: logged-in `span.text-body-small.inline.t-black--light` (2021-2025), public first subline item. */
  location: [
    'span.text-body-small.inline.t-black--light.break-words',
    '.top-card-layout__first-subline .not-first-middot > span',
    '.top-card__subline-item',
  ],
  /**
   * Links of the top card that name the profile's own slug: "Contact info"
   * (/in/<slug>/overlay/contact-info/, logged-in 2020-2025) and "Show all"
   * links (/in/<slug>/details/…). They tell whether the DOM still shows the
   * previous profile after a client-side navigation.
   */
  ownSlugLinks: ['a#top-card-text-details-contact-info', 'a[href*="/overlay/contact-info"]', 'a[href*="/details/"]'],
  /**
   * The "Contact info" overlay, rendered outside <main> in the modal outlet
   * when the reader opens it (logged-in, 2021-2025): its websites may name a
   * GitHub account.
   */
  contactInfo: ['.pv-contact-info', '#artdeco-modal-outlet [role="dialog"]'],
  /** Inside the open "Contact info" overlay: the email LinkedIn shows the reader (section.ci-email, 2021-2025). */
  contactEmail: ['section.ci-email a[href^="mailto:"]', 'a.pv-contact-info__contact-link[href^="mailto:"]'],
  /**
   * The profile's own "Featured" card (logged-in `div#featured.pv-profile-card__anchor`, 2022-2025):
   * links the person chose to show, so a GitHub profile link there names their account.
   */
  featured: ['div#featured.pv-profile-card__anchor', '#featured'],
  /** Section anchors, one per section, identical in every language (logged-in: `div.pv-profile-card__anchor`, 2022-2025; public: `section[data-section]`). */
  about: ['div#about.pv-profile-card__anchor', '#about', 'section[data-section="summary"]', 'section.summary'],
  experience: ['div#experience.pv-profile-card__anchor', '#experience', 'section[data-section="experience"]', 'section.experience'],
  education: [
    'div#education.pv-profile-card__anchor',
    '#education',
    'section[data-section="educationsDetails"]',
    'section.education',
  ],
  skills: ['div#skills.pv-profile-card__anchor', '#skills', 'section[data-section="skills"]'],
  /** About text: logged-in "see more" text's visible span (2022-2025), public `.core-section-container__content`. */
  aboutText: [
    '.pv-shared-text-with-see-more span[aria-hidden="true"]',
    '[class*="inline-show-more-text"] > span[aria-hidden="true"]',
    '.core-section-container__content',
  ],
  /** One entry of a section's list (top-level ones only are entries; nested ones are grouped roles or details). */
  item: ['li.artdeco-list__item', 'li.profile-section-card', 'li.experience-item', 'li.education__list-item'],
  /**
   * Entry title (role, school, skill; the company of a group): logged-in bold
   * line's visible span (2022-2025), public h3 and the group header (2022-2025).
   */
  title: [
    '.t-bold span[aria-hidden="true"]',
    'h3.profile-section-card__title',
    '.experience-group-header__company',
  ],
  /** Line under the title ("Company · Full-time", "Master of Science - MS, Computer Science"). */
  subtitle: [
    'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
    'h4.profile-section-card__subtitle',
    '.experience-item__subtitle',
  ],
  /** Public education: degree and field as separate spans (2022-2025). */
  degreeParts: ['.education__item--degree-info'],
  /** Grey lines: dates ("Jan 2021 - Present · 3 yrs 11 mos") and location. Logged-in caption (2022-2025), public date-range and meta items. */
  meta: [
    'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]',
    '.date-range',
    'p.experience-item__meta-item',
    'p.education__item--duration',
  ],
  /** Role description: logged-in "see more" text in the entry's sub-components (2022-2025), public show-more text. */
  description: [
    '.pv-shared-text-with-see-more span[aria-hidden="true"]',
    '[class*="inline-show-more-text"] > span[aria-hidden="true"]',
    '.show-more-less-text__text--less',
    '.experience-item__description',
  ],
  /**
   * Placeholders of sections still loading: the spinner (`.artdeco-loader`),
   * LinkedIn's lazy card shells (`.pvs-loader`) and `aria-busy` (logged-in, 2023-2025).
   */
  loading: ['.artdeco-loader', '.pvs-loader', 'main [aria-busy="true"]'],
  /** The public page: never shows skills to logged-out visitors (2022-2025). */
  publicPage: ['section.top-card-layout', 'main#main-content .public-profile'],
} as const satisfies Record<string, readonly string[]>;

