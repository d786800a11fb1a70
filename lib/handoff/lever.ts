/**
 * Send to Lever: the recruiter's own API key creates an opportunity for each
 * chosen candidate through Lever's Data API v1 (hire.lever.co/developer):
 * POST /opportunities?perform_as=USER with the name, headline, location,
 * links, tags, sources and origin "sourced", then POST
 * /opportunities/:id/notes with the flags and their evidence.
 *
 * What Lever documents, and what this does about it:
 * - Basic auth, the key as the user name and an empty password; every write
 *   is performed as a Lever user (perform_as), found once from the
 *   recruiter's email (GET /users?email=).
 * - A token bucket per key: 10 requests a second, bursts to 20, then 429.
 *   Requests here are spaced 110 ms apart, a 429 waits (Retry-After when
 *   given, else 1, 2, 4 s) and is tried again three times, then the sending
 *   stops and says which candidates went.
 * - Lever de-duplicates by email: a new opportunity with an email an existing
 *   contact has is added to that contact. So each candidate with an email is
 *   looked up first (GET /opportunities?email=) and one already there is not
 *   sent again; the recruiter gets the link to it.
 * - 401: the key is wrong or revoked; 403: it may not do this. Both stop
 *   everything (every later request would fail the same way). A 400 is about
 *   one candidate: it is reported and the rest go on.
 *
 * The key travels only to the Lever address it was saved for
 * (lib/store/lever-key.ts) and never into a log, an error message, an export
 * or a backup. `fetch` and `sleep` are injected, so tests run it against a
 * local fake Lever on a virtual clock.
 */
import { z } from 'zod';
import type { ScreeningResult } from '../screening';
import type { StoredRole } from '../store/records';
import type { Prepared } from '../workspace/ats';
import { STAGE_LABELS } from '../workspace/labels';

/** Lever's API roots: its US and EU data centres and its sandbox. */
export const LEVER_HOSTS = ['api.lever.co', 'api.eu.lever.co', 'api.sandbox.lever.co'] as const;
export const DEFAULT_LEVER_URL = 'https://api.lever.co/v1';

/** "https://api.lever.co/v1" from what the recruiter typed; only Lever's hosts (and 127.0.0.1 over http, for tests). */
export function normaliseLeverUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error('That is not a web address.');
  }
  const local = url.protocol === 'http:' && url.hostname === '127.0.0.1';
  if (!local && (url.protocol !== 'https:' || !(LEVER_HOSTS as readonly string[]).includes(url.hostname))) {
    throw new Error(`The Lever API address must be one of ${LEVER_HOSTS.map((h) => `https://${h}/v1`).join(', ')}.`);
  }
  return `${url.origin}/v1`;
}

export interface LeverClientOptions {
  apiUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  /** Waits (spacing and back-off); tests pass a virtual clock. */
  sleep?: (ms: number) => Promise<void>;
}

/** Why a request could not be answered, in one sentence, and whether the rest of a batch can go on. */
export class LeverError extends Error {
  constructor(
    message: string,
    /** Every later request would fail the same way (bad key, rate limit, Lever down). */
    readonly stopsAll: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'LeverError';
  }
}

const LeverErrorBody = z.object({ code: z.string().optional(), message: z.string().optional() }).passthrough();
const LeverUser = z.object({ id: z.string(), name: z.string().optional(), email: z.string().optional() }).passthrough();
const LeverOpportunity = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    contact: z.string().optional(),
    emails: z.array(z.string()).optional(),
    urls: z.object({ show: z.string().optional(), list: z.string().optional() }).partial().optional(),
  })
  .passthrough();
export type LeverOpportunity = z.infer<typeof LeverOpportunity>;

const SPACING_MS = 110;
const RETRIES = 3;

export function createLeverClient(options: LeverClientOptions) {
  const root = normaliseLeverUrl(options.apiUrl);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const auth = `Basic ${btoa(`${options.apiKey}:`)}`;
  let last = -Infinity;
  let clock = 0;

  async function request<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      // Stay under Lever's 10 requests a second.
      const wait = last + SPACING_MS - clock;
      if (wait > 0) {
        await sleep(wait);
        clock += wait;
      }
      last = clock;
      let response: Response;
      try {
        response = await options.fetch(`${root}${path}`, {
          method,
          headers: { Authorization: auth, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
      } catch {
        throw new LeverError(`Lever could not be reached at ${new URL(root).host}: check the connection and try again.`, true);
      }
      if (response.status === 429 && attempt < RETRIES) {
        const after = Number(response.headers.get('Retry-After'));
        const ms = Number.isFinite(after) && after > 0 ? after * 1000 : 1000 * 2 ** attempt;
        await sleep(ms);
        clock += ms;
        continue;
      }
      const text = await response.text();
      let json: unknown = undefined;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      if (!response.ok) {
        const said = LeverErrorBody.safeParse(json);
        const detail = said.success && said.data.message ? ` Lever said: “${said.data.message.slice(0, 200)}”` : '';
        switch (response.status) {
          case 401:
            throw new LeverError('Lever refused the API key: it is wrong or was revoked. Save a current key in Options.', true, 401);
          case 403:
            throw new LeverError(`Lever says this API key may not do that: give it access to opportunities and notes.${detail}`, true, 403);
          case 429:
            throw new LeverError('Lever is limiting requests from this key (too many at once): wait a minute and send the rest.', true, 429);
          default:
            if (response.status >= 500) throw new LeverError(`Lever is not answering properly right now (${response.status}): try again later.`, true, response.status);
            throw new LeverError(`Lever refused it (${response.status}).${detail}`, false, response.status);
        }
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new LeverError('Lever answered in a shape Backend Scout does not know; nothing more was sent.', true, response.status);
      return parsed.data;
    }
  }

  return {
    root,
    /** The Lever user with this email: writes are performed as them. */
    async userByEmail(email: string): Promise<z.infer<typeof LeverUser> | null> {
      const answer = await request('GET', `/users?email=${encodeURIComponent(email)}`, z.object({ data: z.array(LeverUser) }));
      return answer.data[0] ?? null;
    },
    /** Opportunities whose contact has this email (Lever's exact-match filter). */
    async opportunitiesByEmail(email: string): Promise<LeverOpportunity[]> {
      return (await request('GET', `/opportunities?email=${encodeURIComponent(email)}`, z.object({ data: z.array(LeverOpportunity) }))).data;
    },
    async createOpportunity(performAs: string, body: OpportunityBody): Promise<LeverOpportunity> {
      return (await request('POST', `/opportunities?perform_as=${encodeURIComponent(performAs)}`, z.object({ data: LeverOpportunity }), body)).data;
    },
    async addNote(performAs: string, opportunityId: string, value: string): Promise<void> {
      await request('POST', `/opportunities/${encodeURIComponent(opportunityId)}/notes?perform_as=${encodeURIComponent(performAs)}`, z.object({ data: z.unknown() }), { value });
    },
  };
}
export type LeverClient = ReturnType<typeof createLeverClient>;

/** What Lever's "Create an opportunity" takes (the fields used here). */
export interface OpportunityBody {
  name: string;
  headline?: string;
  location?: string;
  emails: string[];
  phones: Array<{ type: string; value: string }>;
  links: string[];
  tags: string[];
  sources: string[];
  origin: 'sourced';
}

/** One candidate ready to go: the opportunity, its note, and how the recruiter knows them. */
export interface LeverItem {
  candidateId: string;
  /** The name the report uses. */
  label: string;
  body: OpportunityBody;
  note: string;
}

/** The opportunity for a prepared candidate (lib/workspace/ats.ts), as Lever's API takes it. */
export function opportunityBody(p: Prepared): OpportunityBody {
  return {
    name: p.name,
    ...(p.profile.basics.label?.trim() ? { headline: p.profile.basics.label.trim().slice(0, 500) } : {}),
    ...(p.location ? { location: p.location } : {}),
    emails: p.email ? [p.email] : [],
    phones: p.phone ? [{ type: 'other', value: p.phone }] : [],
    links: [p.linkedin, p.github, p.website, ...p.socials].filter((l): l is string => !!l),
    tags: [...p.tags, ...(p.stage === 'sourced' ? [] : [`Stage: ${STAGE_LABELS[p.stage]}`])],
    sources: [p.source],
    origin: 'sourced',
  };
}

/**
 * The note Lever keeps with the opportunity: the screening against the role,
 * each flag with the words or repositories behind it, the recruiter's
 * decisions and their own notes (the lines ./ats.ts writes).
 */
export function leverNote(p: Prepared, result: ScreeningResult | null, role: Pick<StoredRole, 'name'> | null, now: Date): string {
  const lines = [`Backend Scout screening${role ? ` for ${role.name}` : ''} (${now.toISOString().slice(0, 10)})`];
  if (result) {
    const levels = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff+', unknown: 'Level unknown' } as const;
    lines.push(`${levels[result.seniority.level]}${result.seniority.years !== null ? `, ${result.seniority.years} engineering years` : ''}`);
    if (role) lines.push(`Must-haves met: ${result.role.mustHaveMet} of ${result.role.mustHave.length}`);
    for (const kind of ['green', 'yellow'] as const) {
      const flags = result.flags.filter((f) => f.kind === kind);
      if (!flags.length) continue;
      lines.push('', kind === 'green' ? 'Green flags:' : 'Yellow flags:');
      for (const flag of flags) {
        lines.push(`- ${flag.label}`);
        for (const e of flag.evidence) lines.push(`    ${e.source}: ${e.text}${e.url ? ` ${e.url}` : ''}`);
      }
    }
  }
  if (p.notes) lines.push('', p.notes);
  return lines.join('\n');
}

export interface LeverReport {
  sent: Array<{ candidateId: string; label: string; opportunityId: string; url: string | null; noteSent: boolean; noteError?: string }>;
  /** Already in Lever (same email): not sent again. */
  duplicates: Array<{ candidateId: string; label: string; url: string | null }>;
  /** Refused one by one (a 400, a candidate without a name). */
  failed: Array<{ candidateId: string; label: string; error: string }>;
  /** Not tried because the sending stopped. */
  notSent: Array<{ candidateId: string; label: string }>;
  /** Why the sending stopped, when it did. */
  stopped: string | null;
}

/** The opportunity's page in Lever's app. */
function appUrl(root: string, opportunity: LeverOpportunity): string | null {
  if (opportunity.urls?.show) return opportunity.urls.show;
  const host = new URL(root).hostname;
  if (!host.endsWith('lever.co')) return null;
  return `https://${host.replace(/^api\./, 'hire.')}/candidates/${opportunity.id}`;
}

/** Sends each item in order; never throws. `onProgress` hears after each candidate. */
export async function sendToLever(client: LeverClient, performAs: string, items: readonly LeverItem[], onProgress?: (done: number) => void): Promise<LeverReport> {
  const report: LeverReport = { sent: [], duplicates: [], failed: [], notSent: [], stopped: null };
  for (const [index, item] of items.entries()) {
    if (report.stopped) {
      report.notSent.push({ candidateId: item.candidateId, label: item.label });
      continue;
    }
    if (!item.body.name.trim()) {
      report.failed.push({ candidateId: item.candidateId, label: item.label, error: 'It has no name (Lever needs one).' });
      continue;
    }
    try {
      const email = item.body.emails[0];
      const existing = email ? await client.opportunitiesByEmail(email) : [];
      if (existing[0]) {
        report.duplicates.push({ candidateId: item.candidateId, label: item.label, url: appUrl(client.root, existing[0]) });
      } else {
        const opportunity = await client.createOpportunity(performAs, item.body);
        const sent: LeverReport['sent'][number] = { candidateId: item.candidateId, label: item.label, opportunityId: opportunity.id, url: appUrl(client.root, opportunity), noteSent: false };
        report.sent.push(sent);
        try {
          await client.addNote(performAs, opportunity.id, item.note);
          sent.noteSent = true;
        } catch (error) {
          sent.noteError = error instanceof LeverError ? error.message : 'The note could not be added.';
          if (error instanceof LeverError && error.stopsAll) report.stopped = error.message;
        }
      }
    } catch (error) {
      const message = error instanceof LeverError ? error.message : 'Something unexpected went wrong.';
      if (error instanceof LeverError && !error.stopsAll) report.failed.push({ candidateId: item.candidateId, label: item.label, error: message });
      else {
        report.stopped = message;
        report.notSent.push({ candidateId: item.candidateId, label: item.label });
      }
    }
    onProgress?.(index + 1);
  }
  return report;
}

const names = (list: ReadonlyArray<{ label: string }>) => (list.length > 4 ? `${list.slice(0, 4).map((x) => x.label).join(', ')} and ${list.length - 4} more` : list.map((x) => x.label).join(', '));

/** The report in sentences, most important first: what stopped, what went, what did not. */
export function reportSentences(report: LeverReport): string[] {
  const out: string[] = [];
  if (report.stopped) out.push(`Sending stopped: ${report.stopped}`);
  if (report.sent.length) out.push(`Sent to Lever: ${names(report.sent)}.`);
  const noNote = report.sent.filter((s) => !s.noteSent);
  if (noNote.length) out.push(`In Lever without the screening note (add it by hand): ${names(noNote)}.`);
  if (report.duplicates.length) out.push(`Already in Lever with the same email, not sent again: ${names(report.duplicates)}.`);
  for (const failure of report.failed) out.push(`Not sent: ${failure.label}. ${failure.error}`);
  if (report.notSent.length) out.push(`Not sent yet (nothing was lost; send them again): ${names(report.notSent)}.`);
  if (!out.length) out.push('Nobody was sent.');
  return out;
}

/** The local note a sent candidate gets, so the side panel shows it was handed off. */
export function sentNote(entry: { url: string | null }, duplicate = false): string {
  return duplicate ? `Already in Lever (not sent again)${entry.url ? `: ${entry.url}` : ''}` : `Sent to Lever${entry.url ? `: ${entry.url}` : ''}`;
}
