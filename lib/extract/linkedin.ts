/**
 * Reads a LinkedIn profile page (www.linkedin.com/in/<slug>, logged in or
 * out) into the shared profile shape. Read only: it looks at the Document it
 * is given and nothing else; it never scrolls, clicks or calls LinkedIn.
 *
 * Three strategies, most faithful first, each field taken from the first
 * that has it and recorded in capture.strategy:
 *   1. "json-ld": the schema.org Person the logged-out page carries;
 *   2. "embedded": the API responses the logged-in page embeds in <code>;
 *   3. "dom": the page as shown (top card, then sections by their anchors).
 * A list (work, education, skills) comes from the strategy that saw the most
 * entries (precedence breaks ties: a strategy that saw fewer saw less), and
 * an entry's empty fields are filled from the same entry in the others.
 */
import type { ProfileInput } from '../profile/profile';
import { all, first, own, visibleText } from './dom';
import { githubLoginFromHref, githubLoginFromText, linkedinProfileUrl, linkedinSlugFromHref } from './links';
import { parseLinkedInDateRange, resumeDateOf, resumeDateOfIso, type DateRange } from './linkedin-dates';
import { linkedinSelectors as S } from './selectors-linkedin';
import { Clipper, LIST_MAX, SUMMARY_MAX, cleanLine, cleanLines } from './text';

export type LinkedInPageResult =
  | { kind: 'profile'; slug: string; profile: ProfileInput }
  | { kind: 'not-a-profile'; reason: string }
  /** The URL names a profile but the page still shows the previous one or nothing yet: look again shortly. */
  | { kind: 'pending'; reason: string };

export type Strategy = 'json-ld' | 'embedded' | 'dom';
const CONFIDENCE: Record<Strategy, number> = { 'json-ld': 0.95, embedded: 0.9, dom: 0.8 };

/** Sections a recruiter knows by these words; capture.missing uses them. */
export const LINKEDIN_SECTIONS = ['about', 'experience', 'education', 'skills'] as const;
export type LinkedInSection = (typeof LINKEDIN_SECTIONS)[number];

type Work = NonNullable<ProfileInput['work']>[number];
type Education = NonNullable<ProfileInput['education']>[number];

/** What one strategy read. Absent means "this strategy saw nothing", never "the person has none". */
interface Reading {
  name?: string;
  label?: string;
  summary?: string;
  location?: string;
  work: Work[];
  education: Education[];
  skills: string[];
  github?: string;
}

const emptyReading = (): Reading => ({ work: [], education: [], skills: [] });

/**
 * The slug of a profile URL, lower-cased, or null for any other LinkedIn page.
 * An overlay opened over the profile (/in/<slug>/overlay/contact-info/) is
 * still that profile's view: the page behind it is the profile.
 */
export function slugFromProfileUrl(url: URL): string | null {
  const overlay = /^\/in\/([^/]+)\/overlay\//.exec(url.pathname);
  return linkedinSlugFromHref(overlay ? `${url.origin}/in/${overlay[1]}/` : url.href);
}

function notProfileReason(url: URL): string {
  const section = url.pathname.split('/')[1];
  if (section === 'company' || section === 'school' || section === 'showcase') return 'This is a LinkedIn company page, not a person.';
  if (section === 'in') return "This LinkedIn page is not a person's profile itself (open the profile's main page).";
  return "This LinkedIn page is not a person's profile.";
}

// ---------------------------------------------------------------- JSON-LD

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const hasType = (node: Json, type: string) => asArray(node['@type']).some((t) => t === type);

function readJsonLd(doc: Document, slug: string): Reading | null {
  for (const script of all(doc, S.jsonLd)) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block is another block's business.
    }
    const nodes = asArray(data).flatMap((node) => (isObject(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node]));
    for (const person of nodes) {
      if (!isObject(person) || !hasType(person, 'Person')) continue;
      // Only the person this URL names: a stale block after a client-side navigation names someone else.
      const isThisPerson = [...asArray(person.url), ...asArray(person.sameAs)].some((href) => linkedinSlugFromHref(str(href)) === slug);
      if (!isThisPerson) continue;
      const reading = emptyReading();
      reading.name = cleanLine(str(person.name));
      reading.summary = cleanLines(str(person.description));
      const address = asArray(person.address).find(isObject);
      if (address) {
        reading.location = [str(address.addressLocality), str(address.addressRegion), str(address.addressCountry)]
          .map(cleanLine)
          .filter(Boolean)
          .join(', ');
      }
      const role = (org: Json, current: boolean): Work | null => {
        const name = cleanLine(str(org.name));
        if (!name) return null;
        const member = asArray(org.member).find(isObject) ?? {};
        const startDate = resumeDateOfIso(member.startDate);
        const endDate = current ? null : resumeDateOfIso(member.endDate);
        return compact({
          name,
          position: cleanLine(str(member.roleName)),
          startDate,
          endDate,
          summary: cleanLines(str(member.description)),
          location: cleanLine(str(org.location)),
        });
      };
      // LinkedIn lists current employers under worksFor and past ones under alumniOf (as Organization).
      for (const org of asArray(person.worksFor)) if (isObject(org)) pushIf(reading.work, role(org, true));
      for (const org of asArray(person.alumniOf)) {
        if (!isObject(org)) continue;
        if (hasType(org, 'EducationalOrganization')) {
          const member = asArray(org.member).find(isObject) ?? {};
          const institution = cleanLine(str(org.name));
          if (institution) {
            reading.education.push(
              compact({ institution, startDate: resumeDateOfIso(member.startDate), endDate: resumeDateOfIso(member.endDate) }),
            );
          }
        } else if (hasType(org, 'Organization')) {
          pushIf(reading.work, role(org, false));
        }
      }
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
  const typeOf = (entity: Json) => str(entity.$type).split('.').pop() ?? '';
  const profile = included.find((e) => typeOf(e) === 'Profile' && str(e.publicIdentifier).toLowerCase() === slug);
  if (!profile) return null;
  // Entities of this person carry the profile's id in their URN: urn:li:fsd_profilePosition:(ACoAAB…,123).
  const profileId = str(profile.entityUrn).split(':').pop() ?? '';
  const mine = (type: string) => included.filter((e) => typeOf(e) === type && !!profileId && str(e.entityUrn).includes(profileId));
  const range = (entity: Json) => {
    const dates = isObject(entity.dateRange) ? entity.dateRange : {};
    return {
      startDate: resumeDateOf(isObject(dates.start) ? dates.start : null),
      endDate: resumeDateOf(isObject(dates.end) ? dates.end : null),
    };
  };
  const reading = emptyReading();
  reading.name = cleanLine(`${str(profile.firstName)} ${str(profile.lastName)}`);
  reading.label = cleanLine(str(profile.headline));
  reading.summary = cleanLines(str(profile.summary));
  reading.location = cleanLine(str(profile.locationName) || str(profile.geoLocationName));
  for (const position of mine('Position')) {
    pushIf(
      reading.work,
      str(position.companyName) || str(position.title)
        ? compact({
            name: cleanLine(str(position.companyName)),
            position: cleanLine(str(position.title)),
            ...range(position),
            summary: cleanLines(str(position.description)),
            location: cleanLine(str(position.locationName)),
          })
        : null,
    );
  }
  for (const school of mine('Education')) {
    const institution = cleanLine(str(school.schoolName));
    if (!institution) continue;
    reading.education.push(
      compact({ institution, studyType: cleanLine(str(school.degreeName)), area: cleanLine(str(school.fieldOfStudy)), ...range(school) }),
    );
  }
  for (const skill of mine('Skill')) pushIf(reading.skills, cleanLine(str(skill.name)) || null);
  const website = asArray(profile.websites).find((w) => isObject(w) && githubLoginFromHref(str(w.url)));
  if (isObject(website)) reading.github = githubLoginFromHref(str(website.url)) ?? undefined;
  return reading;
}

// ------------------------------------------------------------------ DOM

/** The section an anchor stands for: the anchor itself when it is a <section>, else the section around it. */
function sectionOf(doc: Document, which: LinkedInSection | 'featured'): Element | null {
  const anchor = first(doc, S[which]);
  if (!anchor) return null;
  return anchor.tagName === 'SECTION' ? anchor : (anchor.closest('section') ?? anchor.parentElement);
}

/** Entries of a section: list items not nested in another list item. */
function entriesOf(section: Element): Element[] {
  return [...section.querySelectorAll('li')].filter((li) => !li.parentElement?.closest('li'));
}

/** The first of an entry's own elements (not inside a nested entry) matching any fallback. */
function ownFirst(entry: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = own(entry, selector, 'li')[0];
    if (found) return found;
  }
  return null;
}


/** The grey lines of an entry: its date range, and any line that is not a date (the location). */
function metaOf(entry: Element) {
  const lines = S.meta.flatMap((selector) => own(entry, selector, 'li')).map((el) => cleanLine(visibleText(el)));
  let dates: DateRange | null = null;
  let location = '';
  for (const line of lines) {
    const parsed: DateRange | null = dates ? null : parseLinkedInDateRange(line);
    if (parsed) dates = parsed;
    else if (!location && line && !parseLinkedInDateRange(line)) location = line.split(' · ')[0] ?? '';
  }
  return { dates, location };
}

const titleOf = (entry: Element) => cleanLine(visibleText(ownFirst(entry, S.title)));

/** One role: the entry's title is the position; its description may sit in a nested detail item. */
function roleOf(entry: Element, company: string): Work | null {
  const position = titleOf(entry);
  const { dates, location } = metaOf(entry);
  if (!position && !company) return null;
  return compact({
    name: company,
    position,
    startDate: dates?.startDate,
    endDate: dates?.endDate,
    location,
    summary: cleanLines(visibleText(first(entry, S.description), true)),
  });
}

function readExperience(section: Element): Work[] {
  const work: Work[] = [];
  for (const entry of entriesOf(section)) {
    // Several roles at one company: nested entries with their own title and dates.
    const roles = [...entry.querySelectorAll('li')].filter((li) => li !== entry && titleOf(li) && metaOf(li).dates);
    if (roles.length > 0) {
      const company = titleOf(entry);
      // The company's location line covers its roles that name none.
      const { location } = metaOf(entry);
      for (const role of roles) {
        const read = roleOf(role, company);
        if (read && location) read.location ??= location;
        pushIf(work, read);
      }
      continue;
    }
    const subtitle = cleanLine(visibleText(ownFirst(entry, S.subtitle)));
    // "Quillworks · Full-time": the company, then the employment type.
    pushIf(work, roleOf(entry, subtitle.split(' · ')[0] ?? ''));
  }
  return work;
}

function readEducation(section: Element): Education[] {
  const education: Education[] = [];
  for (const entry of entriesOf(section)) {
    const institution = titleOf(entry);
    if (!institution) continue;
    const parts = own(entry, S.degreeParts[0], 'li').map((el) => cleanLine(visibleText(el)));
    let studyType = parts[0] ?? '';
    let area = parts[1] ?? '';
    if (parts.length === 0) {
      // "Master of Science - MS, Computer Science": the degree, then the field.
      const subtitle = cleanLine(visibleText(ownFirst(entry, S.subtitle)));
      const comma = subtitle.indexOf(', ');
      studyType = comma < 0 ? subtitle : subtitle.slice(0, comma);
      area = comma < 0 ? '' : subtitle.slice(comma + 2);
    }
    const { dates } = metaOf(entry);
    education.push(compact({ institution, studyType, area, startDate: dates?.startDate, endDate: dates?.endDate }));
  }
  return education;
}

/** Slugs the top card's own links name (contact info, "show all"), to tell a stale DOM from the current one. */
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
  sections: Partial<Record<LinkedInSection, Element>>;
  /** The card holding the name, when the page has one (never the whole column). */
  topCard?: Element;
}

function readDom(doc: Document, slug: string): DomReading {
  const main = first(doc, S.main) ?? doc.body ?? doc.documentElement;
  const shown = slugsShown(main);
  const reading: DomReading = {
    ...emptyReading(),
    stale: shown.size > 0 && !shown.has(slug),
    loading: !!first(main, S.loading),
    publicPage: !!first(doc, S.publicPage),
    sections: {},
  };
  if (reading.stale) return reading;
  const nameElement = first(main, S.name);
  const card = nameElement?.closest(S.topCard.join(','));
  if (card) reading.topCard = card;
  const topCard = card ?? main;
  reading.name = cleanLine(visibleText(nameElement));
  reading.label = cleanLine(visibleText(first(topCard, S.headline)));
  reading.location = cleanLine(visibleText(first(topCard, S.location)));
  for (const which of LINKEDIN_SECTIONS) {
    const section = sectionOf(doc, which);
    if (section) reading.sections[which] = section;
  }
  const { about, experience, education, skills } = reading.sections;
  if (about) reading.summary = cleanLines(visibleText(first(about, S.aboutText), true));
  if (experience) reading.work = readExperience(experience);
  if (education) reading.education = readEducation(education);
  if (skills) for (const entry of entriesOf(skills)) pushIf(reading.skills, titleOf(entry) || null);
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

function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && v !== null && v !== '') out[key] = v;
  return out as { [K in keyof T]?: Exclude<T[K], null> };
}

function pushIf<T>(list: T[], value: T | null | undefined) {
  if (value !== null && value !== undefined) list.push(value);
}

const sameName = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

/**
 * The richest list among the readings, its entries' empty fields filled from
 * the matching entry (same name, same start when both know it) of the others.
 */
function mergeList<T extends Record<string, unknown>>(
  field: 'work' | 'education',
  key: keyof T,
  readings: Array<[Strategy, T[]]>,
  strategy: Record<string, string>,
): T[] {
  let best: [Strategy, T[]] | null = null;
  for (const reading of readings) if (reading[1].length > (best?.[1].length ?? 0)) best = reading;
  if (!best) return [];
  strategy[field] = best[0];
  const merged = best[1].map((entry) => ({ ...entry }));
  for (const [from, others] of readings) {
    if (from === best[0]) continue;
    const used = new Set<number>();
    merged.forEach((entry, index) => {
      const match = others.findIndex(
        (other, i) =>
          !used.has(i) &&
          sameName(other[key], entry[key]) &&
          (!entry.startDate || !other.startDate || entry.startDate === other.startDate),
      );
      if (match < 0) return;
      used.add(match);
      const other = others[match] as Record<string, unknown>;
      for (const [k, v] of Object.entries(other)) {
        if ((entry as Record<string, unknown>)[k] === undefined && v !== undefined) {
          (entry as Record<string, unknown>)[k] = v;
          strategy[`${field}.${index}.${k}`] = from;
        }
      }
    });
  }
  return merged;
}

/**
 * Reads the page. `now` stamps the capture. Never throws: a page that breaks
 * the reader is a page it could not read, which the recruiter is told.
 */
export function extractLinkedInProfile(doc: Document, url: URL, now: Date = new Date()): LinkedInPageResult {
  try {
    return readPage(doc, url, now);
  } catch (error) {
    return { kind: 'not-a-profile', reason: `Could not read this profile: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  }
}

function readPage(doc: Document, url: URL, now: Date): LinkedInPageResult {
  const slug = slugFromProfileUrl(url);
  if (!slug) return { kind: 'not-a-profile', reason: notProfileReason(url) };
  const dom = readDom(doc, slug);
  // After a client-side navigation the DOM may still show the previous person: wait for the new one.
  if (dom.stale) return { kind: 'pending', reason: 'The profile is still loading.' };
  const readings: Array<[Strategy, Reading]> = [];
  const jsonLd = readJsonLd(doc, slug);
  if (jsonLd) readings.push(['json-ld', jsonLd]);
  const embedded = readEmbedded(doc, slug);
  if (embedded) readings.push(['embedded', embedded]);
  readings.push(['dom', dom]);

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
    if (dom.loading) return { kind: 'pending', reason: 'The profile is still loading.' };
    return {
      kind: 'not-a-profile',
      reason: 'Could not read this profile: the page does not look like a LinkedIn profile (LinkedIn may have changed it).',
    };
  }
  const label = pick('basics.label', (r) => r.label);
  const summary = pick('basics.summary', (r) => r.summary);
  const place = pick('basics.location', (r) => r.location);
  const work = mergeList<Work>('work', 'name', readings.map(([s, r]) => [s, r.work]), strategy);
  const education = mergeList<Education>('education', 'institution', readings.map(([s, r]) => [s, r.education]), strategy);
  let skills: string[] = [];
  for (const [from, reading] of readings) {
    if (reading.skills.length > skills.length) {
      skills = [...new Set(reading.skills)];
      strategy.skills = from;
    }
  }
  for (const field of ['work', 'education', 'skills']) {
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
  github ??= githubOf([...contactInfoOf(doc, url), dom.topCard, sectionOf(doc, 'featured'), dom.sections.about], summary ?? '');

  // Sections with nothing read while the page shows it is still loading them, or cannot show them.
  const got: Record<LinkedInSection, boolean> = {
    about: !!summary,
    experience: work.length > 0,
    education: education.length > 0,
    skills: skills.length > 0,
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

  const clip = new Clipper();
  const text = (field: string, value: string | undefined, max?: number) => (value ? clip.text(field, value, max) : undefined);
  const ownUrl = linkedinProfileUrl(slug);
  const profiles = [{ network: 'LinkedIn', username: slug, url: ownUrl }];
  if (github) {
    profiles.push({ network: 'GitHub', username: github.login, url: `https://github.com/${github.login}` });
    strategy['basics.profiles.GitHub'] = github.how;
    confidence['basics.profiles.GitHub'] = github.how === 'dom-text' ? 0.6 : 0.9;
  }
  const clipWork = clip.list('work', work, LIST_MAX.work).map((entry, i) =>
    compact({
      ...entry,
      name: text(`work.${i}.name`, entry.name),
      position: text(`work.${i}.position`, entry.position),
      location: text(`work.${i}.location`, entry.location),
      summary: text(`work.${i}.summary`, entry.summary, SUMMARY_MAX),
    }),
  );
  const clipEducation = clip.list('education', education, LIST_MAX.education).map((entry, i) =>
    compact({
      ...entry,
      institution: text(`education.${i}.institution`, entry.institution),
      studyType: text(`education.${i}.studyType`, entry.studyType),
      area: text(`education.${i}.area`, entry.area),
    }),
  );
  const clipSkills = clip
    .list('skills', skills, LIST_MAX.skills)
    .map((skill, i) => ({ name: clip.text(`skills.${i}.name`, skill) }));
  const city = place?.split(',')[0]?.trim();
  const basics = compact({
    name: text('basics.name', name),
    label: text('basics.label', label),
    summary: text('basics.summary', summary, SUMMARY_MAX),
    location: place
      ? compact({ address: text('basics.location.address', place), city: place.includes(',') ? text('basics.location.city', city) : undefined })
      : undefined,
    profiles,
  });
  return {
    kind: 'profile',
    slug,
    profile: {
      basics,
      work: clipWork,
      education: clipEducation,
      skills: clipSkills,
      capture: {
        source: 'linkedin',
        url: ownUrl,
        capturedAt: now.toISOString(),
        confidence,
        strategy,
        missing,
        truncated: clip.truncated,
      },
    },
  };
}
