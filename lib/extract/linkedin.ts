/**
 * Reads a LinkedIn page (www.linkedin.com, logged in or out) into the shared
 * profile shape. Read only: it looks at the Document it is given and nothing
 * else; it never scrolls, clicks or calls LinkedIn.
 *
 * First the page's kind (linkedin-page.ts): a page that is nobody (sign-in
 * wall, "Profile Not Found", feed, search, jobs, company, school) is reported
 * as such before anything is read. A person's /details/ page ("Show all 12
 * experiences") is read as that one list, for the background to merge into
 * the person's capture (lib/profile/details.ts).
 *
 * A profile is read by three strategies, each field taken from the first
 * that has it and recorded in capture.strategy:
 *   1. "embedded": the API responses the logged-in pvs page embeds in <code>;
 *   2. "dom": the page as shown (top card, then sections, linkedin-sections.ts);
 *   3. "json-ld": the schema.org Person of the logged-out page, last because
 *      it has no role titles, degrees or line breaks and writes the country
 *      as a code: it fills what the page lacks, never overwrites what it read.
 * A list comes from the strategy that saw the most entries (order breaks
 * ties), and an entry's empty fields are filled from the same entry in the
 * others.
 */
import type { ProfileInput } from '../profile/profile';
import { all, first, visibleText } from './dom';
import { resumeDateOf, resumeDateOfIso } from './linkedin-dates';
import { DETAILS_SECTIONS, detailsOfUrl, pageKindOf, pageKindReason, slugFromProfileUrl, type LinkedInPageKind, type ListSection } from './linkedin-page';
import { HIDDEN, READERS, SECTIONS, compact, countIn, entriesOf, masked, sectionsOf, type SectionName } from './linkedin-sections';
import { githubLoginFromHref, githubLoginFromText, linkedinProfileUrl, linkedinSlugFromHref } from './links';
import { linkedinSelectors as S } from './selectors-linkedin';
import { Clipper, LIST_MAX, STRING_MAX, SUMMARY_MAX, cleanLine, cleanLines } from './text';

export { slugFromProfileUrl } from './linkedin-page';

export type LinkedInPageResult =
  | { kind: 'profile'; slug: string; profile: ProfileInput }
  /** One of the person's /details/ lists, read in full: a part of a profile, never a profile by itself. */
  | { kind: 'details'; slug: string; section: ListSection; profile: ProfileInput }
  | { kind: 'not-a-profile'; reason: string; page?: LinkedInPageKind }
  /** The URL names a profile but the page still shows the previous one or nothing yet: look again shortly. */
  | { kind: 'pending'; reason: string };

export type Strategy = 'json-ld' | 'embedded' | 'dom';
const CONFIDENCE: Record<Strategy, number> = { 'json-ld': 0.95, embedded: 0.9, dom: 0.8 };

/** Sections a recruiter knows by these words; capture.missing uses them. */
export const LINKEDIN_SECTIONS = ['about', 'experience', 'education', 'skills'] as const;
export type LinkedInSection = (typeof LINKEDIN_SECTIONS)[number];

type Lists = { [K in ListSection]?: NonNullable<ProfileInput[K]> };
const LISTS = Object.values(DETAILS_SECTIONS);
/** The field that tells two entries of a list apart (with the start date where there is one). */
const KEY: Record<ListSection, string> = {
  work: 'name',
  education: 'institution',
  skills: 'name',
  certificates: 'name',
  languages: 'language',
  projects: 'name',
  volunteer: 'organization',
  awards: 'title',
};
/** How long each list may be; past these a page is not a person's profile any more. */
const LIST_CAP: Record<ListSection, number> = { ...LIST_MAX, certificates: 50, languages: 30, volunteer: 50, awards: 50 };

/** What one strategy read. Absent means "this strategy saw nothing", never "the person has none". */
interface Reading {
  name?: string;
  label?: string;
  summary?: string;
  location?: string;
  lists: Lists;
  github?: string;
}

const PENDING = { kind: 'pending', reason: 'The profile is still loading.' } as const;

// ---------------------------------------------------------------- JSON-LD

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
/** JSON-LD text: LinkedIn hides some words from logged-out visitors as asterisks, which are no words. */
const ld = (value: unknown) => (masked(str(value)) ? '' : str(value));
/** JSON-LD text keeps LinkedIn's <br> as characters: they are line breaks. */
const prose = (value: unknown) => cleanLines(ld(value).replace(/<br\s*\/?>/gi, '\n'));
const hasType = (node: Json, type: string) => asArray(node['@type']).some((t) => t === type);

function readJsonLd(doc: Document, slug: string): Reading | null {
  for (const script of all(doc, S.jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block is another block's business.
    }
    // A Person, an @graph holding one (2021-2024), or a ProfilePage whose mainEntity is one (2024-2025).
    const nodes = asArray(data).flatMap((node) => (isObject(node) ? [...asArray(node['@graph']), node, ...asArray(node.mainEntity)] : []));
    for (const person of nodes) {
      if (!isObject(person) || !hasType(person, 'Person')) continue;
      // Only the person this URL names: a stale block after a client-side navigation names someone else.
      const isThisPerson = [...asArray(person.url), ...asArray(person.sameAs)].some((href) => linkedinSlugFromHref(str(href)) === slug);
      if (!isThisPerson) continue;
      const work: NonNullable<Lists['work']> = [];
      const education: NonNullable<Lists['education']> = [];
      const reading: Reading = { name: cleanLine(ld(person.name)), summary: prose(person.description), lists: { work, education } };
      const address = asArray(person.address).find(isObject);
      // The place as written; a two-letter country code ("SE") is not how the page shows it.
      if (address) reading.location = [address.addressLocality, address.addressRegion, address.addressCountry].map(ld).filter((p) => p && !/^[A-Z]{2,3}$/.test(p)).join(', ');
      const member = (org: Json) => asArray(org.member).find(isObject) ?? {};
      const role = (org: Json, current: boolean) => {
        const name = cleanLine(ld(org.name));
        const m = member(org);
        if (name) {
          work.push(
            compact({
              name,
              position: cleanLine(ld(m.roleName)),
              startDate: resumeDateOfIso(m.startDate),
              endDate: current ? null : resumeDateOfIso(m.endDate),
              summary: prose(m.description),
              location: cleanLine(ld(org.location)),
            }),
          );
        }
      };
      // LinkedIn lists current employers under worksFor and past ones under alumniOf (as Organization).
      for (const org of asArray(person.worksFor)) if (isObject(org)) role(org, true);
      for (const org of asArray(person.alumniOf)) {
        if (!isObject(org)) continue;
        if (hasType(org, 'EducationalOrganization')) {
          const institution = cleanLine(ld(org.name));
          if (institution) education.push(compact({ institution, startDate: resumeDateOfIso(member(org).startDate), endDate: resumeDateOfIso(member(org).endDate) }));
        } else if (hasType(org, 'Organization')) {
          role(org, false);
        }
      }
      reading.lists.languages = asArray(person.knowsLanguage).flatMap((l) => (isObject(l) && ld(l.name) ? [{ language: cleanLine(ld(l.name)) }] : []));
      reading.lists.awards = asArray(person.awards).flatMap((a) => (ld(a) ? [{ title: cleanLine(ld(a)) }] : []));
      for (const href of asArray(person.sameAs)) reading.github ??= githubLoginFromHref(str(href)) ?? undefined;
      return reading;
    }
  }
  return null;
}

// ------------------------------------------------------- embedded API data

function readEmbedded(doc: Document, slug: string): Reading | null {
  const included: Json[] = [];
  for (const code of all(doc, S.embeddedData)) {
    const text = (code.textContent ?? '').trim();
    // Only JSON documents, and not absurd ones: a page is a few MB at most.
    if (!text.startsWith('{') || text.length > 5_000_000 || !text.includes('"included"')) continue;
    try {
      const data: unknown = JSON.parse(text);
      if (isObject(data)) for (const entity of asArray(data.included)) if (isObject(entity)) included.push(entity);
    } catch {
      continue;
    }
  }
  // "com.linkedin.voyager.dash.identity.profile.Position" → "Position", once per entity.
  const typed = included.map((e) => [str(e.$type).slice(str(e.$type).lastIndexOf('.') + 1), e] as const);
  const profile = typed.find(([type, e]) => type === 'Profile' && str(e.publicIdentifier).toLowerCase() === slug)?.[1];
  if (!profile) return null;
  // Entities of this person carry the profile's id in their URN: urn:li:fsd_profilePosition:(ACoAAB…,123).
  const profileId = str(profile.entityUrn).split(':').pop() ?? '';
  const mine = (type: string) => (profileId ? typed.filter(([t, e]) => t === type && str(e.entityUrn).includes(profileId)).map(([, e]) => e) : []);
  const range = (entity: Json) => {
    const dates = isObject(entity.dateRange) ? entity.dateRange : {};
    return {
      startDate: resumeDateOf(isObject(dates.start) ? dates.start : null),
      endDate: resumeDateOf(isObject(dates.end) ? dates.end : null),
    };
  };
  const reading: Reading = {
    name: cleanLine(`${str(profile.firstName)} ${str(profile.lastName)}`),
    label: cleanLine(str(profile.headline)),
    summary: cleanLines(str(profile.summary)),
    location: cleanLine(str(profile.locationName) || str(profile.geoLocationName)),
    lists: {
      work: mine('Position').flatMap((position) =>
        str(position.companyName) || str(position.title)
          ? [
              compact({
                name: cleanLine(str(position.companyName)),
                position: cleanLine(str(position.title)),
                ...range(position),
                summary: cleanLines(str(position.description)),
                location: cleanLine(str(position.locationName)),
              }),
            ]
          : [],
      ),
      education: mine('Education').flatMap((school) => {
        const institution = cleanLine(str(school.schoolName));
        return institution ? [compact({ institution, studyType: cleanLine(str(school.degreeName)), area: cleanLine(str(school.fieldOfStudy)), ...range(school) })] : [];
      }),
      skills: mine('Skill').flatMap((skill) => (cleanLine(str(skill.name)) ? [{ name: cleanLine(str(skill.name)) }] : [])),
    },
  };
  const website = asArray(profile.websites).find((w) => isObject(w) && githubLoginFromHref(str(w.url)));
  if (isObject(website)) reading.github = githubLoginFromHref(str(website.url)) ?? undefined;
  return reading;
}

// ------------------------------------------------------------------ DOM

/** Slugs the page's own links name (contact info, "show all"), to tell a stale DOM from the current one. */
function slugsShown(scope: ParentNode): Set<string> {
  const slugs = new Set<string>();
  for (const link of all(scope, S.ownSlugLinks)) {
    try {
      const match = /^\/in\/([^/]+)\//.exec(new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com/').pathname);
      if (match?.[1]) slugs.add(decodeURIComponent(match[1]).toLowerCase());
    } catch {
      // A malformed link names nobody.
    }
  }
  return slugs;
}

interface DomReading extends Reading {
  stale: boolean;
  loading: boolean;
  publicPage: boolean;
  sections: Partial<Record<SectionName, Element>>;
  /** Lists the page shows in part: how many it showed of how many its "Show all N" link counts. */
  partial: { [K in ListSection]?: { shown: number; total: number } };
  /** The card holding the name, when the page has one (never the whole column). */
  topCard?: Element;
}

/**
 * The sdui top card names nothing by class: its paragraphs come in order
 * (connection degree "· 2nd", headline, companies, place, "Contact info").
 * The headline is the first that is not the degree; the place sits just
 * before the contact-info link (whose address is the same in every language).
 */
function readSduiTopCard(card: Element, reading: DomReading) {
  const lines = [...card.querySelectorAll('p')].filter((p) => !p.closest(HIDDEN));
  const texts = lines.map((p) => cleanLine(visibleText(p)));
  reading.label = texts.find((t) => t && t !== reading.name && !t.startsWith('·')) ?? '';
  const contact = lines.findIndex((p) => p.querySelector('a[href*="/overlay/contact-info"]'));
  if (contact < 0) return;
  const own = texts[contact]!.replace(cleanLine(visibleText(lines[contact]!.querySelector('a'))), '').replace(/^[\s·]+|[\s·]+$/g, '');
  const before = texts[contact - 1] ?? '';
  reading.location = own || (before !== reading.label ? before : '');
}

function readDom(doc: Document, slug: string): DomReading {
  const main = first(doc, S.main) ?? doc.body ?? doc.documentElement;
  const shown = slugsShown(main);
  const reading: DomReading = {
    lists: {},
    stale: shown.size > 0 && !shown.has(slug),
    loading: !!first(main, S.loading),
    publicPage: !!first(doc, S.publicPage),
    sections: {},
    partial: {},
  };
  if (reading.stale) return reading;
  const nameElement = first(main, S.name);
  const card = nameElement?.closest(S.topCard.join(','));
  if (card) reading.topCard = card;
  reading.name = cleanLine(visibleText(nameElement));
  reading.label = cleanLine(visibleText(first(card ?? main, S.headline)));
  reading.location = cleanLine(visibleText(first(card ?? main, S.location)));
  if (card && !reading.label) readSduiTopCard(card, reading);
  reading.sections = sectionsOf(main);
  const { about } = reading.sections;
  if (about) reading.summary = cleanLines(visibleText(first(about, S.aboutText), true));
  for (const name of SECTIONS) {
    const section = reading.sections[name];
    if (!section || name === 'about') continue;
    const list = DETAILS_SECTIONS[name];
    const entries = READERS[list]!(section);
    (reading.lists as Record<string, unknown[]>)[list] = entries;
    // "Show all 12 experiences" under 7 roles: the page showed part of the section.
    for (const link of all(section, S.showAll)) {
      const total = countIn(link);
      if (total !== undefined && total > entries.length && detailsOfUrl(new URL(link.getAttribute('href') ?? '', 'https://www.linkedin.com/'))?.section === list) {
        reading.partial[list] = { shown: entries.length, total };
      }
    }
  }
  return reading;
}

/**
 * A GitHub account the profile names as the person's own: a link to a GitHub
 * profile (lib/extract/links.ts: never a repository) in the places a person
 * lists their accounts (the contact-info overlay's websites when the reader
 * opened it, the top card, Featured, the About), else plain text in the About.
 * Links anywhere else (a role's description, activity, recommendations, "People
 * also viewed") are about other people or other people's code.
 */
function githubOf(scopes: Array<Element | null | undefined>, summary: string): { login: string; how: string } | null {
  for (const scope of scopes) {
    if (!scope) continue;
    for (const link of scope.querySelectorAll('a[href]')) {
      const login = githubLoginFromHref(link.getAttribute('href') ?? '');
      if (login) return { login, how: 'dom' };
    }
  }
  const login = githubLoginFromText(summary);
  return login ? { login, how: 'dom-text' } : null;
}

/**
 * The open "Contact info" dialog, never any other dialog LinkedIn opens in
 * the same outlet (a post, a share box, a message): the one carrying the
 * contact-info markup, or, should LinkedIn restyle it, the dialog open while
 * the address is the profile's contact-info overlay.
 */
function contactInfoOf(doc: Document, url: URL): Element[] {
  const onOverlay = /\/overlay\/contact-info\/?$/.test(url.pathname);
  return all(doc, S.contactInfo).filter(
    (el) => onOverlay || el.matches('.pv-contact-info, [aria-labelledby="pv-contact-info"]') || !!el.querySelector('.pv-contact-info'),
  );
}

// ---------------------------------------------------------------- merge

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');

/**
 * The richest list among the readings, its entries' empty fields filled from
 * the matching entry (same name, same start when both know it) of the others.
 */
function mergeList(field: ListSection, readings: Array<[Strategy, Reading]>, strategy: Record<string, string>): Array<Record<string, unknown>> {
  const key = KEY[field];
  let best: [Strategy, Array<Record<string, unknown>>] | null = null;
  for (const [from, reading] of readings) {
    const list = (reading.lists[field] ?? []) as Array<Record<string, unknown>>;
    if (list.length > (best?.[1].length ?? 0)) best = [from, list];
  }
  if (!best) return [];
  strategy[field] = best[0];
  const merged = best[1].map((entry) => ({ ...entry }));
  for (const [from, reading] of readings) {
    if (from === best[0]) continue;
    // The other strategy's entries by name, each used once (a profile lists big lists: no quadratic search).
    const byName = new Map<string, Array<Record<string, unknown>>>();
    for (const other of (reading.lists[field] ?? []) as Array<Record<string, unknown>>) {
      const name = lower(other[key]);
      if (name) byName.set(name, [...(byName.get(name) ?? []), other]);
    }
    merged.forEach((entry, index) => {
      const candidates = byName.get(lower(entry[key])) ?? [];
      const at = candidates.findIndex((other) => !entry.startDate || !other.startDate || entry.startDate === other.startDate);
      if (at < 0) return;
      const [other] = candidates.splice(at, 1);
      for (const [k, v] of Object.entries(other!)) {
        if (entry[k] === undefined && v !== undefined) {
          entry[k] = v;
          strategy[`${field}.${index}.${k}`] = from;
        }
      }
    });
  }
  return merged;
}

/** Cuts every entry's strings and the list itself to the sizes a capture keeps, recording the cuts. */
function clipList(clip: Clipper, field: ListSection, list: Array<Record<string, unknown>>) {
  return clip.list(field, list, LIST_CAP[field]).map((entry, i) =>
    Object.fromEntries(
      Object.entries(entry).map(([k, v]) => [k, typeof v === 'string' ? clip.text(`${field}.${i}.${k}`, v, k === 'summary' || k === 'description' ? SUMMARY_MAX : STRING_MAX) : v]),
    ),
  );
}

/**
 * Reads the page. `now` stamps the capture. Never throws: a page that breaks
 * the reader is a page it could not read, which the recruiter is told.
 */
export function extractLinkedInProfile(doc: Document, url: URL, now: Date = new Date()): LinkedInPageResult {
  try {
    const page = pageKindOf(doc, url);
    if (page) return { kind: 'not-a-profile', reason: pageKindReason(page, url), page };
    const details = detailsOfUrl(url);
    return details ? readDetails(doc, details.slug, details.section, now) : readPage(doc, url, slugFromProfileUrl(url)!, now);
  } catch (error) {
    return { kind: 'not-a-profile', reason: `Could not read this profile: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  }
}

/** The capture metadata every LinkedIn result carries. */
function captureOf(url: string, now: Date, clip: Clipper, extra: Record<string, unknown>) {
  return { source: 'linkedin' as const, url, capturedAt: now.toISOString(), missing: [], truncated: clip.truncated, ...extra };
}

/** A /details/ page: the one list it shows, in full, for the background to merge into the person's capture. */
function readDetails(doc: Document, slug: string, section: ListSection, now: Date): LinkedInPageResult {
  const main = first(doc, S.main) ?? doc.body;
  // After a client-side navigation from the profile, the column may still show the profile itself.
  if (!main || first(main, S.name)) return PENDING;
  const name = (Object.keys(DETAILS_SECTIONS) as Array<keyof typeof DETAILS_SECTIONS>).find((n) => DETAILS_SECTIONS[n] === section)!;
  const list = READERS[section]!(sectionsOf(main)[name] ?? main) as Array<Record<string, unknown>>;
  if (list.length === 0 && first(main, S.loading)) return PENDING;
  const clip = new Clipper();
  const ownUrl = linkedinProfileUrl(slug);
  return {
    kind: 'details',
    slug,
    section,
    profile: {
      basics: { profiles: [{ network: 'LinkedIn', username: slug, url: ownUrl }] },
      [section]: clipList(clip, section, list),
      capture: captureOf(`${ownUrl}details/${name}/`, now, clip, { strategy: { [section]: 'details' }, confidence: { [section]: CONFIDENCE.dom } }),
    },
  };
}

function readPage(doc: Document, url: URL, slug: string, now: Date): LinkedInPageResult {
  const dom = readDom(doc, slug);
  // After a client-side navigation the DOM may still show the previous person: wait for the new one.
  if (dom.stale) return PENDING;
  const readings: Array<[Strategy, Reading]> = [];
  const embedded = readEmbedded(doc, slug);
  if (embedded) readings.push(['embedded', embedded]);
  readings.push(['dom', dom]);
  const jsonLd = readJsonLd(doc, slug);
  if (jsonLd) readings.push(['json-ld', jsonLd]);

  const strategy: Record<string, string> = {};
  const confidence: Record<string, number> = {};
  const pick = (field: string, read: (r: Reading) => string | undefined): string | undefined => {
    for (const [from, reading] of readings) {
      const value = read(reading);
      if (value) {
        strategy[field] = from;
        confidence[field] = CONFIDENCE[from];
        return value;
      }
    }
    return undefined;
  };
  const name = pick('basics.name', (r) => r.name);
  if (!name) {
    if (dom.loading) return PENDING;
    return {
      kind: 'not-a-profile',
      reason: 'Could not read this profile: the page does not look like a LinkedIn profile (LinkedIn may have changed it).',
    };
  }
  const label = pick('basics.label', (r) => r.label);
  const summary = pick('basics.summary', (r) => r.summary);
  const place = pick('basics.location', (r) => r.location);
  const lists = Object.fromEntries(LISTS.map((field) => [field, mergeList(field, readings, strategy)])) as Record<ListSection, Array<Record<string, unknown>>>;
  const skillNames = new Set<string>();
  lists.skills = lists.skills.filter((skill) => !skillNames.has(lower(skill.name)) && !!skillNames.add(lower(skill.name)));
  for (const field of LISTS) {
    const from = strategy[field] as Strategy | undefined;
    if (from) confidence[field] = CONFIDENCE[from];
  }

  let github: { login: string; how: string } | null = null;
  for (const [from, reading] of readings) {
    if (reading.github) {
      github = { login: reading.github, how: from };
      break;
    }
  }
  github ??= githubOf([...contactInfoOf(doc, url), dom.topCard, first(doc, S.featured)?.closest('section'), dom.sections.about], summary ?? '');
  // The email LinkedIn showed the reader in the open "Contact info" overlay (a found email: exported only when asked).
  const emailHref = contactInfoOf(doc, url)
    .map((scope) => first(scope, S.contactEmail)?.getAttribute('href') ?? '')
    .find(Boolean);
  const email = /^mailto:([^?\s]+@[^?\s]+)$/i.exec(emailHref?.trim() ?? '')?.[1];
  if (email) strategy['basics.email'] = 'dom';

  // Sections with nothing read while the page shows it is still loading them, or cannot show them.
  const got: Record<LinkedInSection, boolean> = {
    about: !!summary,
    experience: lists.work.length > 0,
    education: lists.education.length > 0,
    skills: lists.skills.length > 0,
  };
  const missing: string[] = [];
  for (const which of LINKEDIN_SECTIONS) {
    if (got[which]) continue;
    const section = dom.sections[which];
    const emptyShell = !!section && (!!first(section, S.loading) || (which !== 'about' && entriesOf(section).length === 0));
    const notYet = !section && dom.loading;
    const neverShown = which === 'skills' && dom.publicPage && !section;
    if (emptyShell || notYet || neverShown) missing.push(which);
  }
  // The popup's wording depends on it: scrolling loads a logged-in page's sections, never a public page's skills.
  if (dom.publicPage) strategy.page = 'public';
  // A part shown is a part: the counts stand only where the chosen list is the page's own.
  const partial = Object.fromEntries(Object.entries(dom.partial).filter(([field, p]) => lists[field as ListSection].length < p.total).map(([field, p]) => [field, { ...p, shown: lists[field as ListSection].length }]));

  const clip = new Clipper();
  const text = (field: string, value: string | undefined, max?: number) => (value ? clip.text(field, value, max) : undefined);
  const ownUrl = linkedinProfileUrl(slug);
  const profiles = [{ network: 'LinkedIn', username: slug, url: ownUrl }];
  if (github) {
    profiles.push({ network: 'GitHub', username: github.login, url: `https://github.com/${github.login}` });
    strategy['basics.profiles.GitHub'] = github.how;
    confidence['basics.profiles.GitHub'] = github.how === 'dom-text' ? 0.6 : 0.9;
  }
  const city = place?.split(',')[0]?.trim();
  const basics = compact({
    name: text('basics.name', name),
    label: text('basics.label', label),
    summary: text('basics.summary', summary, SUMMARY_MAX),
    email: text('basics.email', email),
    location: place
      ? compact({ address: text('basics.location.address', place), city: place.includes(',') ? text('basics.location.city', city) : undefined })
      : undefined,
    profiles,
  });
  const clipped = Object.fromEntries(LISTS.flatMap((field) => (lists[field].length || field === 'work' || field === 'education' || field === 'skills' ? [[field, clipList(clip, field, lists[field])]] : [])));
  return {
    kind: 'profile',
    slug,
    profile: {
      basics,
      ...clipped,
      capture: captureOf(ownUrl, now, clip, { confidence, strategy, missing, ...(Object.keys(partial).length ? { partial } : {}) }),
    },
  };
}
