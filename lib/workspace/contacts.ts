/**
 * How to reach a person, within GitHub's rules: only what the person
 * published about themselves, each detail with where it came from.
 *
 * - An email the person gave (a résumé's own `basics.email`) is theirs to be
 *   written to: it is exported.
 * - An email shown on a public profile (GitHub's public profile email,
 *   LinkedIn's contact info as LinkedIn showed it to the recruiter) is
 *   "found": it is shown with its source and exported only when the
 *   recruiter asks for it ("include found emails", --include-found-emails).
 * - Never a noreply address (GitHub's users.noreply.github.com, any
 *   no-reply mailbox): nobody reads it.
 * - Nothing is read from commits. GitHub's Acceptable Use Policies forbid
 *   using its information for spamming or "selling personal information,
 *   such as to recruiters, headhunters, and job boards"; collecting commit
 *   emails in bulk is exactly that, so the product never does it.
 */
import type { Profile, ProfileSource } from '../profile/profile';
import type { Candidate } from '../store/records';
import { httpUrl } from './rows';

export type ContactKind = 'email' | 'phone' | 'website' | 'social';

export interface ContactDetail {
  kind: ContactKind;
  value: string;
  /** Where it came from, in the recruiter's words ("GitHub profile (public email)"). */
  source: string;
  /** The capture it came from. */
  from: ProfileSource;
  /** Given by the person to be reached (a résumé), or found on a public profile. */
  given: boolean;
  /** For a social account: the network's name. */
  network?: string;
}

const SOURCE_WORDS: Record<ProfileSource, string> = {
  resume: 'résumé',
  github: 'GitHub profile',
  linkedin: 'LinkedIn contact info',
};

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

/** A plain email address, or null for anything else (a mailto: link's address is taken out of it). */
export function cleanEmail(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const text = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim();
  return EMAIL.test(text) ? text : null;
}

/** Addresses nobody reads: GitHub's noreply relay and no-reply mailboxes. */
export function isNoReply(email: string): boolean {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return domain.endsWith('noreply.github.com') || domain.startsWith('noreply.') || /^(no[-_.]?reply|do[-_.]?not[-_.]?reply)(\+|$)/.test(local);
}

/** The accounts whose own pages are already the candidate's profile links. */
const OWN_NETWORKS = new Set(['github', 'linkedin']);

/** Every contact detail the candidate's captures hold, each with its source; résumé first, then GitHub, then LinkedIn. */
export function contactDetails(candidate: Pick<Candidate, 'profiles'>): ContactDetail[] {
  const out: ContactDetail[] = [];
  const seen = new Set<string>();
  const add = (detail: ContactDetail) => {
    const key = `${detail.kind}:${detail.value.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(detail);
  };
  for (const from of ['resume', 'github', 'linkedin'] as const) {
    const profile: Profile | undefined = candidate.profiles[from];
    if (!profile) continue;
    const given = from === 'resume';
    const source = SOURCE_WORDS[from];
    const email = cleanEmail(profile.basics.email);
    if (email && !isNoReply(email)) add({ kind: 'email', value: email, source: from === 'github' ? `${source} (public email)` : source, from, given });
    const phone = profile.basics.phone?.trim();
    if (phone && /\d{3}/.test(phone)) add({ kind: 'phone', value: phone, source, from, given });
    const website = httpUrl(profile.basics.url);
    if (website) add({ kind: 'website', value: website, source, from, given });
    for (const link of profile.basics.profiles ?? []) {
      const url = httpUrl(link.url);
      const network = link.network?.trim();
      if (!url || !network || OWN_NETWORKS.has(network.toLowerCase())) continue;
      add({ kind: 'social', value: url, source, from, given, network });
    }
  }
  return out;
}

/**
 * The email an export may carry: the one the person gave, else (only when
 * the recruiter asked for found emails) one from a public profile.
 */
export function permittedEmail(candidate: Pick<Candidate, 'profiles'>, includeFound: boolean): string | null {
  const emails = contactDetails(candidate).filter((d) => d.kind === 'email');
  return (emails.find((d) => d.given) ?? (includeFound ? emails[0] : undefined))?.value ?? null;
}

/** A phone number the person gave (a résumé): the only phone an export carries. */
export function givenPhone(candidate: Pick<Candidate, 'profiles'>): string | null {
  return contactDetails(candidate).find((d) => d.kind === 'phone' && d.given)?.value ?? null;
}

/** Every email the candidate's captures hold, lower-cased: what "already known" matches on. */
export function knownEmails(candidate: Pick<Candidate, 'profiles'>): string[] {
  return contactDetails(candidate)
    .filter((d) => d.kind === 'email')
    .map((d) => d.value.toLowerCase());
}
