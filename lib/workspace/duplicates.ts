/**
 * Possible duplicates the side panel offers the recruiter to join or keep
 * apart: two stored candidates with the same name and the same current
 * company, and no link between them (DESIGN.md "Who is the same person": a
 * link runs through the identity rules, two-way links join by themselves and
 * one-way links become suggestions; this finds the people no link connects,
 * such as a GitHub account and a LinkedIn page that never name each other).
 * A pure function of the candidates, so it runs over 10,000 in one pass.
 */
import { idsOfProfile, displayProfile } from '../profile/identity';
import type { Candidate } from '../store/records';
import { cleanName } from './names';

export interface PossibleDuplicate {
  /** The older record first (the one a join keeps). */
  a: string;
  b: string;
  /** The name and company they share, as the first shows them. */
  name: string;
  company: string;
}

/** Names and companies compared without case, accents, punctuation or a leading "@". */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LEGAL_FORMS = / (inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|oy|ab|as|plc|co|corp|corporation|srl|spa|sp z o o)$/;

function currentCompany(work: ReturnType<typeof displayProfile>['work']): string {
  const current = work.find((w) => !w.endDate || /^present$/i.test(w.endDate)) ?? work[0];
  return current?.name?.trim() ?? '';
}

/** Every id either record names or is known by. */
function linkedIds(candidate: Candidate): Set<string> {
  const ids = new Set(candidate.aliases);
  for (const profile of Object.values(candidate.profiles)) if (profile) for (const id of idsOfProfile(profile)) ids.add(id);
  return ids;
}

export function findPossibleDuplicates(candidates: readonly Candidate[]): PossibleDuplicate[] {
  const groups = new Map<string, Array<{ candidate: Candidate; name: string; company: string }>>();
  for (const candidate of candidates) {
    const profile = displayProfile(candidate);
    const name = cleanName(profile.basics.name ?? '');
    const company = currentCompany(profile.work);
    const nameKey = comparable(name);
    const companyKey = comparable(company).replace(LEGAL_FORMS, '');
    // A one-word name is too common to suggest anything ("Alex" at a large company).
    if (!nameKey.includes(' ') || !companyKey) continue;
    const key = `${nameKey}\u0000${companyKey}`;
    const group = groups.get(key);
    const entry = { candidate, name, company };
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const out: PossibleDuplicate[] = [];
  const links = new Map<string, Set<string>>();
  const linksOf = (c: Candidate) => {
    let found = links.get(c.id);
    if (!found) links.set(c.id, (found = linkedIds(c)));
    return found;
  };
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((x, y) => x.candidate.firstCapturedAt.localeCompare(y.candidate.firstCapturedAt) || x.candidate.id.localeCompare(y.candidate.id));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const first = group[i]!;
        const second = group[j]!;
        const a = first.candidate;
        const b = second.candidate;
        if ((a.keptApart ?? []).includes(b.id) || (b.keptApart ?? []).includes(a.id)) continue;
        const aLinks = linksOf(a);
        const bLinks = linksOf(b);
        // A shared link is the identity rules' business (a join, or a suggestion), not a guess by name.
        if ([...aLinks].some((id) => bLinks.has(id))) continue;
        out.push({ a: a.id, b: b.id, name: first.name, company: first.company });
      }
    }
  }
  return out;
}
