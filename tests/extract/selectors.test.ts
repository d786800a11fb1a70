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
import { all, first } from '../../lib/extract/dom';
import { githubSelectors } from '../../lib/extract/selectors-github';
import { linkedinSelectors } from '../../lib/extract/selectors-linkedin';

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

const GITHUB_PAGES = ['org-quillworks.html', 'user-ada-dev.html', 'user-brook-builds.html', 'user-full-ren-okafor.html', 'user-minimal-sol.html', 'user-private-vex.html'];
const GITHUB: Record<keyof typeof githubSelectors, Expectation> = {
  subjectTag: { counts: [1, 1, 1, 1, 1, 1] },
  viewerLogin: { counts: [0, 0, 0, 1, 0, 0] },
  privateProfile: { counts: [0, 0, 0, 0, 0, 1] },
  name: { counts: [0, 1, 1, 1, 1, 1] },
  login: { counts: [0, 1, 1, 1, 1, 1] },
  bio: { counts: [0, 1, 1, 1, 0, 0] },
  company: { counts: [0, 0, 0, 1, 0, 0] },
  location: { counts: [0, 0, 0, 1, 0, 0] },
  website: { counts: [0, 0, 0, 1, 0, 0] },
  email: { counts: [0, 0, 0, 1, 0, 0] },
  social: { counts: [0, 0, 0, 3, 0, 0] },
  organizations: { counts: [0, 0, 0, 2, 0, 0] },
  pinned: { counts: [0, 0, 0, 3, 0, 0] },
  pinnedLink: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 3, 0, 0] },
  pinnedDescription: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 2, 0, 0] },
  pinnedLanguage: { scope: within(githubSelectors.pinned), counts: [0, 0, 0, 3, 0, 0] },
  followers: { counts: [0, 0, 0, 1, 1, 0] },
  contributions: { counts: [0, 0, 0, 1, 1, 0] },
};

const LINKEDIN_PAGES = [
  'hostile-zed.html',
  'huge-pat-okonkwo.html',
  'junior-tomas-ruiz.html',
  'loading-noor-haddad.html',
  'logged-in-mara-lind-de.html',
  'logged-in-mara-lind-fr.html',
  'logged-in-mara-lind.html',
  'public-jsonld-mara-lind.html',
  'public-no-jsonld-ines-varga.html',
];
const LINKEDIN: Record<keyof typeof linkedinSelectors, Expectation> = {
  jsonLd: { counts: [0, 0, 0, 0, 0, 0, 0, 1, 0] },
  embeddedData: { counts: [1, 1, 1, 1, 1, 1, 1, 0, 0] },
  main: { counts: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
  name: { scope: inMain, counts: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
  topCard: { scope: inMain, counts: [4, 6, 3, 3, 6, 6, 6, 1, 1] },
  headline: { scope: inMain, counts: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
  // The public top card's second subline item is the connection count; the extractor takes the first.
  location: { scope: inMain, counts: [1, 1, 1, 1, 1, 1, 1, 2, 2] },
  ownSlugLinks: { scope: inMain, counts: [1, 1, 1, 1, 1, 1, 1, 0, 0] },
  // Open only on Noor's page: the dialog and the section inside it both carry the class.
  contactInfo: { counts: [0, 0, 0, 2, 0, 0, 0, 0, 0] },
  contactEmail: { scope: within(linkedinSelectors.contactInfo), counts: [0, 0, 0, 2, 0, 0, 0, 0, 0] },
  // Featured cards: Pat's (a GitHub profile) and Mara's (a repository, then her GitHub profile).
  featured: { counts: [0, 1, 0, 0, 1, 1, 1, 0, 0] },
  about: { counts: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
  experience: { counts: [1, 1, 0, 1, 1, 1, 1, 1, 1] },
  education: { counts: [0, 1, 1, 0, 1, 1, 1, 1, 1] },
  skills: { counts: [1, 1, 0, 0, 1, 1, 1, 0, 0] },
  aboutText: { scope: inMain, counts: [2, 26, 1, 1, 3, 3, 3, 3, 3] },
  // Entries: roles (3 on Mara's page, one of them a company with 2 nested roles), schools, skills.
  item: { scope: inMain, counts: [3, 97, 1, 1, 11, 11, 11, 6, 4] },
  title: { scope: inMain, counts: [3, 112, 1, 1, 13, 13, 13, 6, 4] },
  subtitle: { scope: inMain, counts: [1, 17, 1, 1, 5, 5, 5, 4, 2] },
  degreeParts: { scope: inMain, counts: [0, 0, 0, 0, 0, 0, 0, 4, 2] },
  meta: { scope: inMain, counts: [1, 57, 1, 2, 9, 9, 9, 6, 4] },
  description: { scope: inMain, counts: [2, 26, 1, 1, 3, 3, 3, 2, 1] },
  loading: { scope: inMain, counts: [0, 0, 0, 2, 0, 0, 0, 0, 0] },
  publicPage: { counts: [0, 0, 0, 0, 0, 0, 0, 1, 1] },
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
