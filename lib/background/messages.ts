/**
 * Messages between the extension's contexts, validated on receipt. Each kind
 * says who may send it (bitwarden's env-pair idea): the background checks the
 * sender before the handler runs and refuses everything else. Errors travel
 * as values ({ ok: false, error }), never as throws.
 */
import { z } from 'zod';
import { LIST_MAX, STRING_MAX, SUMMARY_MAX } from '../extract/text';
import { CaptureMeta, PartialSection, Profile } from '../profile/profile';
import { SettingsPatch } from '../store/settings';

/*
 * A capture's bounds, field by field: what the extractors keep (lib/extract/
 * text.ts clips every line to STRING_MAX, prose to SUMMARY_MAX, each list to
 * LIST_MAX) is the most a capture may hold. A page cannot make the
 * background store ten megabytes: anything larger is refused whole, before a
 * byte is written.
 */
const line = z.string().max(STRING_MAX);
const prose = z.string().max(SUMMARY_MAX);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
/** A record of field paths (confidence, strategy): one entry per field a capture can have, at most. */
const fieldRecord = <T extends z.ZodType>(value: T) =>
  z.record(z.string().max(200), value).refine((r) => Object.keys(r).length <= 500, { message: 'too many fields' });

const BoundedLink = z.object({ network: line.optional(), username: line.optional(), url: line.optional() });
const BoundedWork = z.object({
  name: line.optional(),
  location: line.optional(),
  description: line.optional(),
  position: line.optional(),
  url: line.optional(),
  startDate: z.string().max(10).optional(),
  endDate: z.string().max(10).optional(),
  summary: prose.optional(),
  highlights: list(line, LIST_MAX.highlights).optional(),
});
const BoundedEducation = z.object({
  institution: line.optional(),
  url: line.optional(),
  area: line.optional(),
  studyType: line.optional(),
  startDate: z.string().max(10).optional(),
  endDate: z.string().max(10).optional(),
  score: line.optional(),
  courses: list(line, LIST_MAX.keywords).optional(),
});
const BoundedSkill = z.object({ name: line.optional(), level: line.optional(), keywords: list(line, LIST_MAX.keywords).optional() });
const BoundedProject = z.object({
  name: line.optional(),
  description: prose.optional(),
  highlights: list(line, LIST_MAX.highlights).optional(),
  keywords: list(line, LIST_MAX.keywords).optional(),
  startDate: z.string().max(10).optional(),
  endDate: z.string().max(10).optional(),
  url: line.optional(),
  roles: list(line, LIST_MAX.keywords).optional(),
  entity: line.optional(),
  type: line.optional(),
});
const dated = { startDate: z.string().max(10).optional(), endDate: z.string().max(10).optional() };
const BoundedCertificate = z.object({ name: line.optional(), date: z.string().max(10).optional(), url: line.optional(), issuer: line.optional() });
const BoundedLanguage = z.object({ language: line.optional(), fluency: line.optional() });
const BoundedVolunteer = z.object({ organization: line.optional(), position: line.optional(), url: line.optional(), ...dated, summary: prose.optional(), highlights: list(line, LIST_MAX.highlights).optional() });
const BoundedAward = z.object({ title: line.optional(), date: z.string().max(10).optional(), awarder: line.optional(), summary: prose.optional() });
/** The LinkedIn extractor's caps for the lists beyond JSON Resume's core (lib/extract/linkedin.ts LIST_CAP). */
const EXTRA_LIST_MAX = { certificates: 50, languages: 30, volunteer: 50, awards: 50 } as const;

const BoundedCapture = z.object({
  source: z.enum(['github', 'linkedin']),
  url: line.optional(),
  capturedAt: z.string().max(40),
  confidence: fieldRecord(z.number()).optional(),
  strategy: fieldRecord(z.string().max(40)).optional(),
  missing: list(z.string().max(40), 20).optional(),
  partial: z.partialRecord(PartialSection, z.object({ shown: z.number().int().nonnegative(), total: z.number().int().nonnegative() })).optional(),
  truncated: list(z.object({ field: z.string().max(200), length: z.number().int() }), 1_000).optional(),
  githubPage: CaptureMeta.shape.githubPage,
});

/**
 * A profile as a content script may send it: the sections the extractors
 * write (basics, work, education, skills, projects, and LinkedIn's
 * certificates, languages, volunteering and awards) within their bounds,
 * then the ordinary profile schema (dates, defaults). Sections no extractor
 * writes (publications, interests, references) are not taken from a page.
 */
const CapturedBounds = z.object({
    basics: z
      .object({
        name: line.optional(),
        label: line.optional(),
        image: line.optional(),
        email: line.optional(),
        phone: line.optional(),
        url: line.optional(),
        summary: prose.optional(),
        location: z
          .object({ address: line.optional(), postalCode: line.optional(), city: line.optional(), countryCode: line.optional(), region: line.optional() })
          .optional(),
        profiles: list(BoundedLink, LIST_MAX.profiles).optional(),
      })
      .optional(),
    work: list(BoundedWork, LIST_MAX.work).optional(),
    education: list(BoundedEducation, LIST_MAX.education).optional(),
    skills: list(BoundedSkill, LIST_MAX.skills).optional(),
    projects: list(BoundedProject, LIST_MAX.projects).optional(),
    certificates: list(BoundedCertificate, EXTRA_LIST_MAX.certificates).optional(),
    languages: list(BoundedLanguage, EXTRA_LIST_MAX.languages).optional(),
    volunteer: list(BoundedVolunteer, EXTRA_LIST_MAX.volunteer).optional(),
    awards: list(BoundedAward, EXTRA_LIST_MAX.awards).optional(),
    capture: BoundedCapture,
  });
export const CapturedProfile = CapturedBounds.transform((value, ctx): Profile => {
  const parsed = Profile.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const ProfileCaptured = z.object({
  type: z.literal('profile-captured'),
  profile: CapturedProfile,
});

/** The content script looked at the page and found no person to capture. */
export const PageNotProfile = z.object({
  type: z.literal('page-not-profile'),
  url: z.string().max(STRING_MAX),
  reason: z.string().max(500),
});

/** The content script found a repository page: only its address is read, nothing else on it. */
export const RepositoryPage = z.object({
  type: z.literal('repository-page'),
  url: z.string().max(2000),
  /** "OWNER/NAME" as the address names it; the background checks it again. */
  repository: z.string().max(200),
});

/**
 * One of a LinkedIn profile's "Show all" lists (/in/<slug>/details/experience/…),
 * read in full: the profile carries only that section, to be merged into the
 * capture of the same person (lib/profile/details.ts).
 */
export const DetailsCaptured = z.object({
  type: z.literal('details-captured'),
  section: PartialSection,
  // Bounded like any capture: a details page is a page too.
  profile: CapturedProfile,
});

export const ContentMessage = z.discriminatedUnion('type', [ProfileCaptured, PageNotProfile, RepositoryPage, DetailsCaptured]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Which context a sender is. */
export type SenderKind = 'content-script' | 'extension-page';

export interface SenderFacts {
  /** runtime.MessageSender.id */
  id?: string;
  /** runtime.MessageSender.url */
  url?: string;
  /** Present for content scripts. */
  tabId?: number;
  /**
   * runtime.MessageSender.tab.url: the tab's address now. A single-page site
   * (LinkedIn) changes it with history.pushState, which `url` (the address the
   * document was loaded at) does not follow.
   */
  tabUrl?: string;
}

/** The hosts our content scripts run on. */
const CONTENT_HOSTS = new Set(['github.com', 'www.linkedin.com', 'linkedin.com']);

/**
 * Who sent this, or null when it is nobody we talk to: another extension, a
 * web page (externally_connectable is not declared, but check anyway), or a
 * content script on a host we do not run on.
 */
export function classifySender(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tabId !== undefined && url.protocol === 'https:' && CONTENT_HOSTS.has(url.hostname)) return 'content-script';
  return null;
}

export type Reply<T = undefined> = { ok: true; value: T } | { ok: false; error: string };

/** Tab state the background keeps in storage.session for the popup. */
export const TabState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('candidate'), candidateId: z.string(), url: z.string() }),
  z.object({ kind: z.literal('not-a-profile'), reason: z.string(), url: z.string() }),
  /** A repository page: the popup offers to find the people behind it. */
  z.object({ kind: z.literal('repository'), repository: z.string(), url: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/** A GitHub login, as the pages send it. */
const Login = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/);
/** People one request may name: a page of a sourcing list. */
const MAX_PEOPLE = 100;

/** Sourcing requests from the popup and the side panel (lib/background/sourcing.ts). */
export const SourcingMessage = z.discriminatedUnion('type', [
  /** Find the people behind a repository ("OWNER/NAME" or its address); `since` bounds the window (ISO). */
  z.object({ type: z.literal('source-repository'), repository: z.string().max(300), since: z.iso.datetime().optional() }),
  /** GitHub's people search as a second way in. */
  z.object({ type: z.literal('search-people'), query: z.string().max(256) }),
  /** Screen these people of a list through the GitHub queue, in this order. */
  z.object({ type: z.literal('screen-people'), runId: z.string().max(400), logins: z.array(Login).min(1).max(MAX_PEOPLE) }),
  /** Put these people of a list on a role's shortlist. */
  z.object({ type: z.literal('shortlist-people'), runId: z.string().max(400), logins: z.array(Login).min(1).max(MAX_PEOPLE), roleId: z.string().max(200) }),
  /** Remove a list (its people stay wherever the recruiter put them). */
  z.object({ type: z.literal('remove-sourcing'), runId: z.string().max(400) }),
]);
export type SourcingMessage = z.infer<typeof SourcingMessage>;
export const SOURCING_MESSAGE_TYPES: ReadonlySet<string> = new Set(SourcingMessage.options.map((o) => o.shape.type.value));

/** Requests from the extension's own pages (popup, side panel, options). */
export const PageMessage = z.discriminatedUnion('type', [
  ...SourcingMessage.options,
  /** Analyse this candidate's GitHub account again, ignoring the cache's time to live. */
  z.object({ type: z.literal('refresh-github'), candidateId: z.string() }),
  /** A role was created, edited or deleted: recompute every candidate's role matches. */
  z.object({ type: z.literal('roles-changed') }),
  /** "May be the same person as …": Join. */
  z.object({ type: z.literal('join-candidates'), suggestionId: z.string().max(500) }),
  /** "Possible duplicates" (same name and company, no link): Join. */
  z.object({ type: z.literal('join-duplicates'), a: z.string().max(300), b: z.string().max(300) }),
  /** "May be the same person as …": Keep apart. */
  z.object({ type: z.literal('keep-apart'), suggestionId: z.string().max(500) }),
  /** Undo a join the recruiter confirmed. */
  z.object({ type: z.literal('separate-candidates'), mergeId: z.string().max(1000) }),
  /** Blind mode, the CSV's blind mode, the remembered role. */
  z.object({ type: z.literal('save-settings'), patch: SettingsPatch }),
  /** "Save and check": the API address, a new token (null keeps the saved one for that address), then one request. */
  z.object({ type: z.literal('save-github'), apiUrl: z.string().max(2000), token: z.string().max(500).nullable() }),
  z.object({ type: z.literal('remove-token') }),
  /** Delete every candidate, note, role and cached analysis (running analyses are cancelled first). */
  z.object({ type: z.literal('delete-all') }),
]);
export type PageMessage = z.infer<typeof PageMessage>;
