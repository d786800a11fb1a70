/**
 * Outreach drafts grounded in the person's own work: a template per role
 * whose slots are filled from the evidence ("I read your merged pull
 * requests to {repository}: {title}"). A line whose slot has nothing to fill
 * it is left out and named, never filled with a guess. The extension never
 * sends anything: the recruiter copies the draft or opens it in their own
 * mail program. No draft is made for a candidate marked "Do not contact" or
 * contacted within the role's cooling-off period.
 */
import type { GitHubEvidence } from '../profile/github-evidence';
import type { Candidate, StoredRole } from '../store/records';
import { displayProfile } from '../profile/identity';
import { contactDetails } from './contacts';
import { cleanName, splitName } from './names';
import { shortDate } from './known';

export const DEFAULT_COOLING_OFF_DAYS = 90;

export const DEFAULT_OUTREACH_TEMPLATE = `Subject: {role}: your work on {repository}
Hi {firstName},

I read your merged pull requests to {repository}: "{title}".
I also looked at {project} on your GitHub.
We are hiring a {role}, and the way you work on backend code is what the team needs. Would you be open to a short call in the coming weeks?

Best regards,`;

/** The slots a template may use, and what fills each. */
export const SLOTS = {
  firstName: 'their first name',
  name: 'their full name',
  role: "the role's name",
  company: 'their current company',
  repository: 'a repository they had a pull request merged into (backend projects first, newest first)',
  title: "that pull request's title",
  pullRequest: "that pull request's address",
  project: 'their own most-starred backend repository',
} as const;
export type Slot = keyof typeof SLOTS;

export interface Draft {
  subject: string;
  body: string;
  /** Lines left out because a slot had nothing to fill it: the slot and the line as written. */
  leftOut: Array<{ slot: string; line: string }>;
  /** The email to write to and where it came from; null when none is known. */
  to: { email: string; source: string } | null;
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; blocked: string };

function slotValues(candidate: Candidate, role: Pick<StoredRole, 'name'>, evidence: GitHubEvidence | undefined): Partial<Record<Slot, string>> {
  const profile = displayProfile(candidate);
  const name = cleanName(profile.basics.name ?? '');
  const work = profile.work.find((w) => !w.endDate || /^present$/i.test(w.endDate)) ?? profile.work[0];
  const contributions = [...(evidence?.contributions ?? [])].sort(
    (a, b) => Number(b.backend.value) - Number(a.backend.value) || (b.mergedAt ?? '').localeCompare(a.mergedAt ?? ''),
  );
  const pr = contributions[0];
  const project = [...(evidence?.repositories ?? [])]
    .filter((r) => r.backend.value && !r.tutorial.value)
    .sort((a, b) => b.stars - a.stars || (b.pushedAt ?? '').localeCompare(a.pushedAt ?? ''))[0];
  const values: Partial<Record<Slot, string>> = {
    firstName: name ? splitName(name).first : '',
    name,
    role: role.name,
    company: work?.name?.trim() ?? '',
    repository: pr?.repository ?? '',
    title: pr?.title.trim() ?? '',
    pullRequest: pr?.url ?? '',
    project: project?.fullName ?? '',
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !!v)) as Partial<Record<Slot, string>>;
}

/** Why no draft may be made now, or null. `today` is YYYY-MM-DD in the recruiter's calendar. */
export function draftBlocked(candidate: Pick<Candidate, 'doNotContact' | 'contacted'>, role: Pick<StoredRole, 'name' | 'coolingOffDays'>, today: string): string | null {
  if (candidate.doNotContact) {
    return `Marked “Do not contact”${candidate.doNotContact.reason ? ` (${candidate.doNotContact.reason})` : ''}: no outreach draft.`;
  }
  if (candidate.contacted) {
    const days = role.coolingOffDays ?? DEFAULT_COOLING_OFF_DAYS;
    const until = new Date(`${candidate.contacted.on}T00:00:00Z`);
    until.setUTCDate(until.getUTCDate() + days);
    const untilDay = until.toISOString().slice(0, 10);
    if (today < untilDay) {
      const now = new Date(`${today}T12:00:00Z`);
      return `Contacted on ${shortDate(candidate.contacted.on, now, 'UTC')}: ${role.name} waits ${days} days after a contact, until ${shortDate(untilDay, now, 'UTC')}.`;
    }
  }
  return null;
}

/** Fills the role's template (or the built-in one) from the candidate and their GitHub evidence. */
export function makeDraft(
  candidate: Candidate,
  role: Pick<StoredRole, 'name' | 'coolingOffDays' | 'outreachTemplate'>,
  evidence: GitHubEvidence | undefined,
  today: string,
): DraftResult {
  const blocked = draftBlocked(candidate, role, today);
  if (blocked) return { ok: false, blocked };
  const values = slotValues(candidate, role, evidence);
  const template = role.outreachTemplate?.trim() ? role.outreachTemplate : DEFAULT_OUTREACH_TEMPLATE;
  const leftOut: Draft['leftOut'] = [];
  const lines: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const missing = [...line.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).find((slot) => !(slot in values));
    if (missing) {
      leftOut.push({ slot: missing, line });
      continue;
    }
    lines.push(line.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot as Slot] ?? ''));
  }
  let subject = '';
  if (/^subject:/i.test(lines[0] ?? '')) subject = lines.shift()!.replace(/^subject:\s*/i, '').trim();
  else if (/^subject:/i.test(template.split('\n')[0] ?? '')) subject = role.name;
  // Blank lines left doubled by a removed line are closed up.
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const emails = contactDetails(candidate).filter((d) => d.kind === 'email');
  const email = emails.find((e) => e.given) ?? emails[0];
  return { ok: true, draft: { subject, body, leftOut, to: email ? { email: email.value, source: email.source } : null } };
}

/** The draft as the text the clipboard gets: the subject line, a blank line, the body. */
export function draftText(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

/** A mailto: link that opens the draft in the recruiter's own mail program (CRLF line ends, as RFC 6068 asks). */
export function mailtoUrl(draft: Draft): string {
  const query = [
    draft.subject ? `subject=${encodeURIComponent(draft.subject)}` : '',
    `body=${encodeURIComponent(draft.body.replace(/\n/g, '\r\n'))}`,
  ].filter(Boolean);
  return `mailto:${draft.to ? encodeURIComponent(draft.to.email).replace(/%40/g, '@') : ''}?${query.join('&')}`;
}
