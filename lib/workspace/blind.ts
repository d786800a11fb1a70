/**
 * Blind mode (DOMAIN.md, Fairness): screening rests on evidence, not on who
 * the person is. Wherever blind mode shows text about a candidate (the
 * popup, the side panel, the blind CSV) it shows no name, login, photo,
 * school or location: the alias instead of the name, and every other text
 * (headline, evidence, the GitHub analysis's sentences) with the person's
 * identifying words hidden, repositories named without their owner, and no
 * links (a profile or repository address names the person).
 */
import type { Profile } from '../profile/profile';
import type { Evidence, ScreeningResult } from '../screening';
import type { Candidate } from '../store/records';

/** What stands in for a hidden word. */
export const HIDDEN = '…';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words that identify a candidate: their names (whole, and each part of
 * three letters or more), every account handle they are known or claimed by,
 * their schools and the parts of their location.
 */
export function identityTerms(candidate: Pick<Candidate, 'profiles' | 'aliases' | 'claims' | 'githubLogin'>): string[] {
  const terms = new Set<string>();
  const add = (value: string | undefined | null) => {
    const clean = value?.trim();
    if (clean && clean.length >= 2) terms.add(clean);
  };
  const profiles = [candidate.profiles.linkedin, candidate.profiles.github, candidate.profiles.resume].filter((p): p is Profile => !!p);
  for (const profile of profiles) {
    const name = profile.basics.name;
    add(name);
    for (const part of name?.split(/[\s,.]+/) ?? []) if (part.length >= 3) add(part);
    for (const link of profile.basics.profiles ?? []) add(link.username);
    for (const school of profile.education) add(school.institution);
    const l = profile.basics.location;
    for (const part of [l?.address, l?.city, l?.region, ...(l?.address?.split(',') ?? [])]) add(part);
  }
  for (const id of [...candidate.aliases, ...candidate.claims]) add(id.replace(/^[a-z]+:/, ''));
  add(candidate.githubLogin);
  return [...terms];
}

/** A matcher for the terms as whole words, any case, longest first ("Mara Lind" before "Mara"); null when there is none. */
function matcherOf(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The text with every identifying word hidden. The side panel builds 10,000
 * rows at once: a term is matched only when the text contains it at all, so
 * most texts (a headline that names nobody) cost a few `includes`.
 */
export function hideIdentity(text: string, terms: readonly string[]): string {
  if (!text) return text;
  const lower = text.toLowerCase();
  const present = terms.filter((term) => lower.includes(term.toLowerCase()));
  const matcher = matcherOf(present);
  return matcher ? text.replace(matcher, HIDDEN) : text;
}

/**
 * GitHub evidence names a repository as owner/name in two places
 * (lib/screening/github.ts): at the start ("ada-dev/ledger-api: written in Go")
 * and after "pull request to " ("merged pull request to apache/kafka"). Both
 * lose the owner; any other slash ("CI/CD") is left alone.
 */
export function withoutOwners(text: string): string {
  return text.replace(/(^|pull request to )[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/(?=[A-Za-z\d._-]+:)/g, '$1');
}

/** One piece of evidence as blind mode shows it: no owner, no identifying word, no link. */
export function blindEvidence(evidence: Evidence, terms: readonly string[]): Evidence {
  const text = evidence.source === 'github' ? withoutOwners(evidence.text) : evidence.text;
  return { source: evidence.source, text: hideIdentity(text, terms) };
}

/** A screening as blind mode shows it: every flag's, must-have's and seniority's evidence blind, notes too. */
export function blindScreening(result: ScreeningResult, terms: readonly string[]): ScreeningResult {
  const blind = (e: Evidence) => blindEvidence(e, terms);
  return {
    ...result,
    flags: result.flags.map((flag) => ({ ...flag, evidence: flag.evidence.map(blind) })),
    seniority: {
      ...result.seniority,
      evidence: result.seniority.evidence.map(blind),
      notes: result.seniority.notes.map((note) => hideIdentity(note, terms)),
      ...(result.seniority.title ? { title: hideIdentity(result.seniority.title, terms) } : {}),
    },
    role: {
      ...result.role,
      mustHave: result.role.mustHave.map((skill) => ({ ...skill, evidence: skill.evidence.map(blind) })),
      niceToHave: result.role.niceToHave.map((skill) => ({ ...skill, evidence: skill.evidence.map(blind) })),
    },
  };
}
