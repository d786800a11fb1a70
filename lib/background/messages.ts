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
 * write (basics, work, education, skills, projects) within their bounds,
 * then the ordinary profile schema (dates, defaults). Sections no extractor
 * writes (volunteer, awards…) are not taken from a page.
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

export const ContentMessage = z.discriminatedUnion('type', [ProfileCaptured, PageNotProfile]);
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
]);
export type TabState = z.infer<typeof TabState>;
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
/** storage.session key of the rate budget GitHub last reported (lib/github's RateBudgetSnapshot). */
export const GITHUB_BUDGET_KEY = 'githubBudget';

/** Requests from the extension's own pages (popup, side panel, options). */
export const PageMessage = z.discriminatedUnion('type', [
  /** Analyse this candidate's GitHub account again, ignoring the cache's time to live. */
  z.object({ type: z.literal('refresh-github'), candidateId: z.string() }),
  /** A role was created, edited or deleted: recompute every candidate's role matches. */
  z.object({ type: z.literal('roles-changed') }),
  /** "May be the same person as …": Join. */
  z.object({ type: z.literal('join-candidates'), suggestionId: z.string().max(500) }),
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
