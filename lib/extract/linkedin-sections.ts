/**
 * LinkedIn's profile sections as the page shows them, in every structure
 * selectors-linkedin.ts names: a section is found by its anchor, its
 * data-section or its componentkey, else by its heading's words; an entry is
 * a top-level list item (pvs, guest) or an entity component (sdui); an entry's
 * title, subtitle and grey lines come from the classed markup where there is
 * some, else from its paragraphs in page order (sdui: hashed classes only).
 * The same readers serve the main profile and its /details/ pages.
 */
import type { ProfileInput } from '../profile/profile';
import { all, first, own, visibleText } from './dom';
import { parseLinkedInDate, parseLinkedInDateRange, type DateRange } from './linkedin-dates';
import { DETAILS_SECTIONS, type ListSection } from './linkedin-page';
import { outboundHref } from './links';
import { linkedinSelectors as S } from './selectors-linkedin';
import { cleanLine, cleanLines } from './text';

type Lists = Required<Pick<ProfileInput, ListSection>>;
export type Entries<K extends ListSection> = Lists[K];

/** The sections, named as their /details/ pages are (DETAILS_SECTIONS says which list each fills). */
export const SECTIONS = ['about', ...(Object.keys(DETAILS_SECTIONS) as Array<keyof typeof DETAILS_SECTIONS>)] as const;
export type SectionName = (typeof SECTIONS)[number];

/**
 * Section headings as LinkedIn writes them in the interface languages of our
 * fixtures (en, de, fr; seen 2023-2026), lower case: the fallback for cards
 * that no anchor or componentkey names.
 */
const HEADINGS: Record<SectionName, string> = {
  about: 'about|info|infos',
  experience: 'experience|berufserfahrung|expérience',
  education: 'education|ausbildung|formation',
  skills: 'skills|kenntnisse|compétences',
  certifications: 'licenses & certifications|bescheinigungen und zertifikate|licences et certifications',
  languages: 'languages|sprachen|langues',
  projects: 'projects|projekte|projets',
  'volunteering-experiences': 'volunteering|volunteer experience|ehrenamt|bénévolat',
  honors: 'honors & awards|auszeichnungen|distinctions',
};

function sectionOfHeading(text: string): SectionName | undefined {
  return SECTIONS.find((name) => HEADINGS[name].split('|').includes(text));
}

/** The sections a root (the profile column, a details page) shows. */
export function sectionsOf(root: ParentNode): Partial<Record<SectionName, Element>> {
  const found: Partial<Record<SectionName, Element>> = {};
  for (const name of SECTIONS) {
    const anchor = first(root, S[name]);
    // An empty pvs anchor marks its card; a named guest section or sdui card is the card.
    if (anchor) found[name] = anchor.childElementCount ? anchor : (anchor.closest('section') ?? anchor.parentElement ?? anchor);
  }
  for (const heading of all(root, S.heading)) {
    const name = sectionOfHeading(cleanLine(visibleText(heading)).toLowerCase());
    if (name && !found[name]) found[name] = heading.closest('section') ?? heading.parentElement ?? heading;
  }
  return found;
}

const SDUI_ENTRY = S.sduiEntry.join(',');

/** Entries of a section: sdui entity components, else list items, never one nested in another. */
export function entriesOf(section: Element): Element[] {
  const sdui = all(section, S.sduiEntry);
  if (sdui.length) return sdui.filter((el) => !el.parentElement?.closest(SDUI_ENTRY));
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

/** Elements LinkedIn keeps in the page but does not show (a screen reader's or an earlier render's copy). */
export const HIDDEN = '[hidden],[style*="display:none"],[style*="display: none"]';

/** An sdui line: the visible copy where LinkedIn writes the text twice (aria-hidden for the eye, a twin for screen readers). */
function lineText(el: Element): string {
  const shown = [...el.children].find((child) => child.getAttribute('aria-hidden') === 'true');
  return cleanLine(visibleText(shown ?? el));
}

interface Entry {
  title: string;
  subtitle: string;
  /** The grey lines after the subtitle: dates, place, issuer dates, proficiency. */
  lines: string[];
  description: string;
  /** The title's link, when it is one (a project's address). */
  href: string | null;
}

const isDate = (line: string) => !!parseLinkedInDateRange(line);

export function readEntry(el: Element): Entry {
  const titleEl = ownFirst(el, S.title);
  const description = cleanLines(visibleText(first(el, S.description), true));
  const href = outboundHref((titleEl?.closest('a') ?? titleEl?.querySelector('a'))?.getAttribute('href'));
  if (titleEl) {
    return {
      title: cleanLine(visibleText(titleEl)),
      subtitle: cleanLine(visibleText(ownFirst(el, S.subtitle))),
      lines: S.meta.flatMap((selector) => own(el, selector, 'li')).map((line) => cleanLine(visibleText(line))),
      description,
      href,
    };
  }
  // sdui: the entry's own paragraphs in page order, without the description, links ("Go and +3 skills") or hidden twins.
  const lines: string[] = [];
  for (const p of own(el, 'p', 'li')) {
    if (p.querySelector('a,[data-testid]') || p.closest(HIDDEN)) continue;
    const text = lineText(p);
    if (text && text !== lines[lines.length - 1]) lines.push(text);
  }
  const [title = '', second = ''] = lines;
  const subtitle = isDate(second) ? '' : second;
  return { title, subtitle, lines: lines.slice(subtitle ? 2 : 1), description, href };
}

/** The first date range among the lines, and the first line that is not one (a place). */
function datesOf(lines: readonly string[]): { dates: DateRange | null; place: string } {
  let dates: DateRange | null = null;
  let place = '';
  for (const line of lines) {
    const range = parseLinkedInDateRange(line);
    if (range) dates ??= range;
    else if (!place) place = line.split(' · ')[0] ?? '';
  }
  return { dates, place };
}

/** A single date written inside a line ("Issued Oct 2011", "Ausgestellt: Okt. 2011 · Läuft ab …"). */
function dateIn(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = /(\p{L}+\.?\s+(?:de\s+)?)?\d{4}/u.exec(line);
    const date = match && parseLinkedInDate(match[0]);
    if (date) return date;
  }
  return undefined;
}

/** Drops empty fields, so a profile never carries "" or null. */
export function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined && v !== null && v !== '') out[key] = v;
  return out as { [K in keyof T]?: Exclude<T[K], null> };
}

/** LinkedIn hides some words from logged-out visitors as asterisks ("******** Engineer"): those are no words. */
export const masked = (text: string) => /^[\s*·.,-]*\*[\s*·.,-]*$/.test(text);

function role(entry: Entry, company: string): Entries<'work'>[number] | null {
  const { dates, place } = datesOf(entry.lines);
  const position = masked(entry.title) ? '' : entry.title;
  if (!position && !company) return null;
  return compact({
    name: company,
    position,
    startDate: dates?.startDate,
    endDate: dates?.endDate,
    location: place,
    summary: entry.description,
  });
}

function readWork(section: Element): Entries<'work'> {
  const work: Entries<'work'> = [];
  for (const el of entriesOf(section)) {
    const head = readEntry(el);
    // Several roles at one company: nested entries with their own title and dates.
    const roles = [...el.querySelectorAll('li')].map(readEntry).filter((r) => r.title && datesOf(r.lines).dates);
    if (roles.length > 0) {
      // The company's place line covers its roles that name none.
      const { place } = datesOf(head.lines);
      for (const r of roles) {
        const read = role(r, head.title);
        if (read && place) read.location ??= place;
        if (read) work.push(read);
      }
      continue;
    }
    // "Quillworks · Full-time": the company, then the employment type.
    const read = role(head, head.subtitle.split(' · ')[0] ?? '');
    if (read) work.push(read);
  }
  return work;
}

function readEducation(section: Element): Entries<'education'> {
  return entriesOf(section).flatMap((el) => {
    const entry = readEntry(el);
    if (!entry.title || masked(entry.title)) return [];
    // Guest pages: the degree and the field as two spans; elsewhere "Master of Science - MS, Computer Science".
    let [studyType = '', area = ''] = all(el, S.degreeParts).map((part) => cleanLine(visibleText(part)));
    if (!studyType && !isDate(entry.subtitle)) [studyType = '', area = ''] = entry.subtitle.split(/, (.*)/);
    const { dates } = datesOf(entry.lines);
    return [compact({ institution: entry.title, studyType, area, startDate: dates?.startDate, endDate: dates?.endDate })];
  });
}

/** Each list the page can show, read from its section. */
export const READERS: { [K in ListSection]?: (section: Element) => Entries<K> } = {
  work: readWork,
  education: readEducation,
  skills: (section) => {
    const names = entriesOf(section).map((el) => readEntry(el).title).filter(Boolean);
    return [...new Set(names)].map((name) => ({ name }));
  },
  certificates: (section) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      return e.title ? [compact({ name: e.title, issuer: e.subtitle, date: dateIn(e.lines) })] : [];
    }),
  languages: (section) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      return e.title ? [compact({ language: e.title, fluency: e.subtitle || e.lines[0] })] : [];
    }),
  projects: (section) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      const { dates } = datesOf([e.subtitle, ...e.lines]);
      return e.title
        ? [compact({ name: e.title, description: e.description, startDate: dates?.startDate, endDate: dates?.endDate, url: e.href?.includes('linkedin.com/') ? '' : e.href })]
        : [];
    }),
  volunteer: (section) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      const { dates } = datesOf(e.lines);
      return e.title
        ? [compact({ position: e.title, organization: e.subtitle.split(' · ')[0], startDate: dates?.startDate, endDate: dates?.endDate, summary: e.description })]
        : [];
    }),
  awards: (section) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      return e.title ? [compact({ title: e.title, awarder: e.subtitle.split(' · ')[0]?.replace(/^(issued by|ausgestellt von|décerné par) /i, ''), date: dateIn([e.subtitle, ...e.lines]), summary: e.description })] : [];
    }),
};

/** "Show all 12 experiences" → 12; the number in the link's text or its label. */
export function countIn(link: Element): number | undefined {
  const match = /\d[\d.,\u00a0\u202f]*/.exec(`${visibleText(link)} ${link.getAttribute('aria-label') ?? ''}`);
  const count = match ? Number(match[0].replace(/\D/g, '')) : NaN;
  return Number.isInteger(count) ? count : undefined;
}
