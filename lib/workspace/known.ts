/**
 * "Already known": what the popup says first on every capture, so two
 * recruiters never write to the same engineer twice. The person is matched
 * by their GitHub or LinkedIn page (the candidate's ids: a capture of either
 * lands on the record that holds them) and, when an email is known, by that
 * email on another record. A pure function of what the pages read.
 *
 *   "Already on Backend engineer shortlist since 3 Nov · Contacted 5 Nov · 2 notes"
 */
import type { ScoutDatabase } from '../store/db';
import { Candidate, type StoredRole } from '../store/records';
import { knownEmails } from './contacts';
import { STAGE_LABELS } from './labels';

export interface KnownInput {
  candidate: Candidate;
  roles: readonly Pick<StoredRole, 'id' | 'name'>[];
  /** How many notes the candidate has. */
  notes: number;
  /** Other stored candidates that share an email with this one. */
  sameEmail: ReadonlyArray<{ id: string; name: string; firstCapturedAt: string }>;
  now: Date;
  /** Time zone for the dates (default: the runtime's). */
  timeZone?: string;
}

export interface Known {
  /** The line about this record: null when this capture created it. */
  held: string | null;
  /** One line per other record with the same email. */
  sameEmail: string[];
}

/** "3 Nov", or "3 Nov 2025" outside the current year. */
export function shortDate(iso: string, now: Date, timeZone?: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const year = (d: Date) => new Intl.DateTimeFormat('en-GB', { year: 'numeric', ...zone }).format(d);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...(year(date) !== year(now) ? { year: 'numeric' } : {}), ...zone }).format(date);
}

/**
 * True when the candidate was held before their latest capture: the record
 * is older than the newest capture of any of their pages (a first capture
 * creates the record a moment after the page was read).
 */
export function heldBeforeLatestCapture(candidate: Candidate): boolean {
  const captures = Object.values(candidate.profiles)
    .map((p) => p?.capture?.capturedAt)
    .filter((at): at is string => !!at)
    .sort();
  const latest = captures.at(-1);
  return !!latest && candidate.firstCapturedAt < latest;
}

export function alreadyKnown(input: KnownInput): Known {
  const { candidate, roles, notes, now, timeZone } = input;
  const date = (iso: string) => shortDate(iso, now, timeZone);
  let held: string | null = null;
  if (heldBeforeLatestCapture(candidate)) {
    const lists = roles.filter((r) => candidate.shortlists.includes(r.id)).map((r) => r.name);
    const parts = [
      lists.length
        ? `Already on ${lists.join(', ')} shortlist${lists.length > 1 ? 's' : ''} since ${date(candidate.firstCapturedAt)}`
        : `Already saved since ${date(candidate.firstCapturedAt)}, on no shortlist`,
    ];
    if (candidate.doNotContact) parts.push('Do not contact');
    if (candidate.contacted) parts.push(`Contacted ${date(candidate.contacted.on)}`);
    if (candidate.stage !== 'sourced' && !(candidate.contacted && candidate.stage === 'contacted')) parts.push(STAGE_LABELS[candidate.stage]);
    if (notes > 0) parts.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
    held = parts.join(' · ');
  }
  const sameEmail = input.sameEmail
    .filter((other) => other.id !== candidate.id)
    .map((other) => `Same email as ${other.name || other.id.replace(/^[a-z]+:/, '')}, saved since ${date(other.firstCapturedAt)}: possibly the same person.`);
  return { held, sameEmail };
}

/**
 * What alreadyKnown needs from the database: the candidate's note count and
 * the other records sharing one of their emails (a scan, run only when the
 * candidate has an email at all).
 */
export async function readKnown(db: ScoutDatabase, candidate: Candidate): Promise<Pick<KnownInput, 'notes' | 'sameEmail'>> {
  const notes = await db.notes.where('candidateId').equals(candidate.id).count();
  const emails = new Set(knownEmails(candidate));
  if (emails.size === 0) return { notes, sameEmail: [] };
  const others = await db.candidates
    .filter((raw) => {
      if (raw.id === candidate.id) return false;
      const parsed = Candidate.safeParse(raw);
      return parsed.success && knownEmails(parsed.data).some((e) => emails.has(e));
    })
    .toArray();
  return {
    notes,
    sameEmail: others.map((other) => ({
      id: other.id,
      name: other.profiles.linkedin?.basics.name ?? other.profiles.resume?.basics.name ?? other.profiles.github?.basics.name ?? '',
      firstCapturedAt: other.firstCapturedAt,
    })),
  };
}
