/**
 * Selectors are data (refined-github's selectors.ts idea): every list of
 * fallbacks runs against every fixture page of its site and must match the
 * count it matched when the fixture was written. A selector that stops
 * matching, or starts matching something else, fails here by name, before it
 * fails a recruiter. Counts are of the first fallback that matches anything,
 * within the scope the extractor uses it in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { all, first } from './dom';
import { githubSelectors } from './selectors-github';
import { linkedinSelectors } from './selectors-linkedin';

type Site = 'github' | 'linkedin';
const pages = (site: Site) => readdirSync(`tests/fixtures/pages/${site}`).filter((f) => f.endsWith('.html')).sort();
const load = (site: Site, file: string) => parseHTML(readFileSync(`tests/fixtures/pages/${site}/${file}`, 'utf8')).document;

/** Where a selector is used: the whole page, or inside the elements another list finds. */
type Scope = (doc: Document) => ParentNode[];
const whole: Scope = (doc) => [doc];
const within =
  (parent: readonly string[]): Scope =>
  (doc) =>
    all(doc, parent);
const inMain: Scope = (doc) => [first(doc, linkedinSelectors.main) ?? doc];

function count(doc: Document, list: readonly string[], scope: Scope): number {
  return scope(doc).reduce((n, root) => n + all(root, list).length, 0);
}

interface Expectation {
  scope?: Scope;
  /** One count per fixture, in the file order of `pages(site)`. */
  counts: number[];
}

const GITHUB_PAGES = [
  'org-quillworks.html',
  'user-ada-dev.html',
  'user-brook-builds.html',
  'user-full-ren-okafor.html',
  'user-minimal-sol.html',
  'user-no-subject-tag-kai-lund.html',
  'user-older-itemprop-nadia-brill.html',
  'user-private-vex.html',
];
const GITHUB: Record<keyof typeof githubSelectors, Expectation> = {
  // Kai's saved page has no subject meta; the h-card still says it is a person.
  subjectTag: { counts: [1, 1, 1, 1, 1, 0, 1, 1] },
  orgHeader: { counts: [1, 0, 0, 0, 0, 0, 0, 0] },
  person: { counts: [0, 1, 1, 1, 1, 1, 1, 1] },
  viewerLogin: { counts: [0, 0, 0, 1, 0, 0, 0, 0] },
  privateProfile: { counts: [0, 0, 0, 0, 0, 0, 0, 1] },
  name: { counts: [0, 1, 1, 1, 1, 1, 1, 1] },
  login: { counts: [0, 1, 1, 1, 1, 1, 1, 1] },
  bio: { counts: [0, 1, 1, 1, 0, 1, 1, 1] },
  company: { counts: [0, 0, 0, 1, 0, 1, 1, 1] },
  location: { counts: [0, 0, 0, 1, 0, 1, 1, 1] },
  website: { counts: [0, 0, 0, 1, 0, 0, 1, 0] },
  email: { counts: [0, 0, 0, 1, 0, 0, 0, 0] },
  // Nadia's 2021 markup: one li[itemprop="twitter"], no li[itemprop="social"].
  social: { counts: [0, 0, 0, 3, 0, 1, 1, 0] },
  organizations: { counts: [0, 0, 0, 2, 0, 0, 1, 0] },
  pinned: { counts: [0, 0, 0, 3, 0, 1, 1, 1] },
  pinnedLink: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 3, 0, 1, 1, 1] },
  pinnedDescription: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 2, 0, 1, 1, 1] },
  pinnedLanguage: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 3, 0, 1, 1, 1] },
  // A private profile hides follower counts and the contribution graph.
  followers: { counts: [0, 0, 0, 1, 1, 1, 1, 0] },
  contributions: { counts: [0, 0, 0, 1, 1, 1, 1, 0] },
};

const LINKEDIN_PAGES = [
  'details-certifications-ilka-brandvold.html',
  'details-education-ilka-brandvold.html',
  'details-experience-ilka-brandvold.html',
  'details-skills-ilka-brandvold.html',
  'guest-2023-tove-ekdahl.html',
  'guest-2024-rui-tavares-moura.html',
  'hostile-zed.html',
  'huge-pat-okonkwo.html',
  'junior-tomas-ruiz.html',
  'loading-noor-haddad.html',
  'logged-in-mara-lind-de.html',
  'logged-in-mara-lind-fr.html',
  'logged-in-mara-lind.html',
  'logged-in-show-all-ilka-brandvold.html',
  'nobody-company.html',
  'nobody-feed.html',
  'nobody-job.html',
  'nobody-not-found.html',
  'nobody-school.html',
  'nobody-search.html',
  'nobody-sign-in-wall.html',
  'public-jsonld-mara-lind.html',
  'public-no-jsonld-ines-varga.html',
  'react-2026-yara-castell-de.html',
  'react-2026-yara-castell.html',
];
//             details: cert edu  exp  skl | guest 23 24 | zed  huge tom  noor de   fr   mara ilka | nobody: co  feed job  404  sch  srch wall | public: mara ines | react: de en
const LINKEDIN: Record<keyof typeof linkedinSelectors, Expectation> = {
  // Guest pages and the company and school pages carry JSON-LD; the 2022 public fixture does too.
  jsonLd: { counts: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0] },
  // pvs pages embed API data; guest pages have one hidden <code> that is not JSON (isClsFixActive); sdui none.
  embeddedData: { counts: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  main: { counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
  // No name on a details page, the feed, a job, a search, "not found" or the sign-in wall; company and school pages
  // use the guest top card (their kind is decided from the address and pageKey before names are read).
  name: { scope: inMain, counts: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1] },
  topCard: { scope: inMain, counts: [1, 1, 1, 1, 1, 1, 4, 6, 3, 3, 6, 6, 6, 11, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1] },
  // sdui's headline has no class: the top card's paragraphs are read in order.
  headline: { scope: inMain, counts: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0] },
  // The guest subline items: the place, then followers and connections; the extractor takes the first.
  location: { scope: inMain, counts: [0, 0, 0, 0, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0] },
  ownSlugLinks: { scope: inMain, counts: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
  // Open only on Noor's page: the dialog and the section inside it both carry the class.
  contactInfo: { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  contactEmail: { scope: within(linkedinSelectors.contactInfo), counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  featured: { counts: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  about: { counts: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1] },
  experience: { counts: [0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1] },
  education: { counts: [0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1] },
  skills: { counts: [0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
  certifications: { counts: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] },
  // sdui languages have no known componentkey: the heading finds them.
  languages: { counts: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  projects: { counts: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  'volunteering-experiences': { counts: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  honors: { counts: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  heading: { scope: inMain, counts: [1, 1, 1, 1, 10, 8, 3, 5, 2, 2, 5, 5, 5, 10, 3, 0, 2, 0, 3, 1, 0, 5, 5, 8, 8] },
  aboutText: { scope: inMain, counts: [0, 0, 4, 0, 8, 6, 2, 26, 1, 1, 3, 3, 3, 7, 1, 0, 0, 0, 1, 0, 0, 3, 3, 4, 4] },
  // Yara's page: 5 entity items for roles, 2 schools, 1 certification, 2 languages (skills are the second fallback).
  sduiEntry: { scope: inMain, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9] },
  // Entry titles: sdui has none by markup (its lines are paragraphs).
  title: { scope: inMain, counts: [5, 3, 16, 54, 12, 3, 3, 112, 1, 1, 13, 13, 13, 20, 1, 0, 0, 0, 1, 0, 0, 6, 4, 0, 0] },
  subtitle: { scope: inMain, counts: [5, 3, 7, 0, 12, 1, 1, 17, 1, 1, 5, 5, 5, 11, 0, 0, 0, 0, 0, 0, 0, 4, 2, 0, 0] },
  // Guest 2024: the school's two spans, and the project's date range, a span under a middot h4 too.
  degreeParts: { scope: inMain, counts: [0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 0, 0] },
  meta: { scope: inMain, counts: [6, 3, 16, 0, 7, 5, 1, 57, 1, 2, 9, 9, 9, 20, 0, 0, 0, 0, 0, 0, 0, 6, 4, 0, 0] },
  description: { scope: inMain, counts: [0, 0, 4, 0, 5, 4, 2, 26, 1, 1, 3, 3, 3, 7, 0, 0, 0, 0, 0, 0, 0, 2, 1, 4, 4] },
  // "Show all" links: Ilka's four lists; Yara's roles and skills; Mara's and Pat's pages show everything yet link too.
  showAll: { scope: inMain, counts: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 1, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2] },
  loading: { scope: inMain, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  publicPage: { counts: [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0] },
  // Every page of 2023-2026 names its route; the 2022 public fixtures were written without it.
  pageKey: { counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1] },
  signIn: { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0] },
};

describe.each([
  ['github', GITHUB_PAGES, githubSelectors, GITHUB],
  ['linkedin', LINKEDIN_PAGES, linkedinSelectors, LINKEDIN],
] as const)('%s selectors', (site, files, selectors, expected) => {
  test('the table covers every fixture page of the site', () => {
    expect(pages(site)).toEqual([...files]);
  });

  test('every selector has expectations, and matches on at least one fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(selectors).sort());
    for (const [name, { counts }] of Object.entries(expected)) expect(Math.max(...counts), name).toBeGreaterThan(0);
  });

  const docs = new Map(files.map((file) => [file, load(site, file)]));
  test.each(Object.keys(selectors))('%s matches what it matched when the fixtures were written', (name) => {
    const list = (selectors as Record<string, readonly string[]>)[name]!;
    const { scope = whole, counts } = (expected as Record<string, Expectation>)[name]!;
    const actual = files.map((file) => count(docs.get(file)!, list, scope));
    expect(Object.fromEntries(files.map((f, i) => [f, actual[i]]))).toEqual(Object.fromEntries(files.map((f, i) => [f, counts[i]])));
  });
});
