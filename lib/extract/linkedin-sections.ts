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
import { all, first, own, ownFirst, visibleText } from './dom';
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
}

const isDate = (line: string) => !!parseLinkedInDateRange(line);
const META = S.meta.join(',');
const TITLE = S.title.join(',');

/** An entry's title, subtitle and grey lines, from its classed markup, else (sdui) from its paragraphs in order. */
export function readEntry(el: Element): Entry {
  const titleEl = ownFirst(el, S.title, 'li');
  if (titleEl) {
    return {
      title: cleanLine(visibleText(titleEl)),
      subtitle: cleanLine(visibleText(ownFirst(el, S.subtitle, 'li'))),
      lines: own(el, META, 'li').map((line) => cleanLine(visibleText(line))),
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
  return { title, subtitle, lines: lines.slice(subtitle ? 2 : 1) };
}

/** An entry's description (a role's, a project's), its lines kept. */
const descriptionOf = (el: Element) => cleanLines(visibleText(first(el, S.description), true));

/** The title's link, when it is one (a project's address), out of LinkedIn's redirect; never a LinkedIn page. */
function hrefOf(el: Element): string | undefined {
  const title = ownFirst(el, S.title, 'li');
  const href = outboundHref((title?.closest('a') ?? title?.querySelector('a'))?.getAttribute('href'));
  return href && !href.includes('linkedin.com/') ? href : undefined;
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
    const match = /([^\s\d.:]+\.?\s+(?:de\s+)?)?\d{4}/.exec(line);
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

function role(el: Element, entry: Entry, company: string): Entries<'work'>[number] | null {
  const { dates, place } = datesOf(entry.lines);
  const position = masked(entry.title) ? '' : entry.title;
  if (!position && !company) return null;
  return compact({
    name: company,
    position,
    startDate: dates?.startDate,
    endDate: dates?.endDate,
    location: place,
    summary: descriptionOf(el),
  });
}

function readWork(section: Element): Entries<'work'> {
  const work: Entries<'work'> = [];
  for (const el of entriesOf(section)) {
    const head = readEntry(el);
    // Several roles at one company: nested entries with their own title (sdui: their own lines) and dates.
    // Only list items holding a title are read, not every detail item of every role.
    const holding = (selector: string) => new Set(all(el, [selector]).flatMap((e) => e.closest('li') ?? []).filter((li) => li !== el && el.contains(li)));
    const titled = holding(TITLE);
    const nested = titled.size ? titled : holding('p');
    const roles = [...nested].flatMap((li) => {
      const entry = readEntry(li);
      return entry.title && datesOf(entry.lines).dates ? [[li, entry] as const] : [];
    });
    if (roles.length > 0) {
      // The company's place line covers its roles that name none.
      const { place } = datesOf(head.lines);
      for (const [li, entry] of roles) {
        const read = role(li, entry, head.title);
        if (read && place) read.location ??= place;
        if (read) work.push(read);
      }
      continue;
    }
    // "Quillworks · Full-time": the company, then the employment type.
    const read = role(el, head, head.subtitle.split(' · ')[0] ?? '');
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

/** A list whose every entry has a title: each entry read, then given its fields by `fields`. */
const listOf =
  <K extends ListSection>(fields: (e: Entry, el: Element, dates: DateRange | null) => Record<string, unknown>) =>
  (section: Element) =>
    entriesOf(section).flatMap((el) => {
      const e = readEntry(el);
      return e.title ? [compact(fields(e, el, datesOf([e.subtitle, ...e.lines]).dates))] : [];
    }) as Entries<K>;

/** "Issued by Fjordline · Dec 2022" → "Fjordline" (the words LinkedIn puts before an awarder, en/de/fr). */
const awarder = (subtitle: string) => subtitle.split(' · ')[0]?.replace(/^(issued by|ausgestellt von|décerné par) /i, '');

/** Each list the page can show, read from its section. */
export const READERS: { [K in ListSection]?: (section: Element) => Entries<K> } = {
  work: readWork,
  education: readEducation,
  skills: (section) => {
    // Only the name: a skill's other lines (endorsements, where it was used) are not read.
    const names = entriesOf(section).map((el) => {
      const title = ownFirst(el, S.title, 'li');
      return title ? cleanLine(visibleText(title)) : readEntry(el).title;
    });
    return [...new Set(names.filter(Boolean))].map((name) => ({ name }));
  },
  certificates: listOf<'certificates'>((e) => ({ name: e.title, issuer: e.subtitle, date: dateIn(e.lines) })),
  languages: listOf<'languages'>((e) => ({ language: e.title, fluency: e.subtitle || e.lines[0] })),
  // A project's or a volunteer role's subtitle may be its dates (guest pages) or its organisation.
  projects: listOf<'projects'>((e, el, dates) => ({ name: e.title, description: descriptionOf(el), startDate: dates?.startDate, endDate: dates?.endDate, url: hrefOf(el) })),
  volunteer: listOf<'volunteer'>((e, el, dates) => ({
    position: e.title,
    organization: e.subtitle.split(' · ')[0],
    startDate: dates?.startDate,
    endDate: dates?.endDate,
    summary: descriptionOf(el),
  })),
  awards: listOf<'awards'>((e, el) => ({ title: e.title, awarder: awarder(e.subtitle), date: dateIn([e.subtitle, ...e.lines]), summary: descriptionOf(el) })),
};

/** "Show all 12 experiences" → 12; the number in the link's text or its label. */
export function countIn(link: Element): number | undefined {
  const match = /\d[\d.,\u00a0\u202f]*/.exec(`${visibleText(link)} ${link.getAttribute('aria-label') ?? ''}`);
  const count = match ? Number(match[0].replace(/\D/g, '')) : NaN;
  return Number.isInteger(count) ? count : undefined;
}
