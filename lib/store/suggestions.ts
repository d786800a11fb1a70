/**
 * The table `suggestions`: one-way links between two captured people. A
 * LinkedIn profile that names a GitHub account captured as someone else (or
 * a GitHub profile naming someone's LinkedIn that does not name it back) is a
 * claim, not a proof: the popup and the side panel ask "May be the same person
 * as …: join?", and the recruiter joins them (./candidates.ts joinSuggested)
 * or keeps them apart, which is remembered.
 */
import type { ScoutDatabase } from './db';
import { Candidate, SamePersonSuggestion } from './records';

export const suggestionId = (from: string, to: string) => `${from}>${to}`;

/** Records a one-way link unless it is already known (open, or kept apart by the recruiter). */
export async function suggestSamePerson(db: ScoutDatabase, from: string, to: string, now: Date = new Date()): Promise<void> {
  if (from === to) return;
  const id = suggestionId(from, to);
  if (await db.suggestions.get(id)) return;
  await db.suggestions.put({ id, from, to, accounts: [from, to], state: 'open', createdAt: now.toISOString() });
}

/** "Keep apart": the suggestion stays, dismissed, so the next capture does not raise it again. */
export async function dismissSuggestion(db: ScoutDatabase, id: string): Promise<boolean> {
  return (await db.suggestions.update(id, { state: 'dismissed' })) > 0;
}

/** Forgets every suggestion involving an account (it turned out to be nobody's, such as an organisation). */
export async function forgetSuggestionsOf(db: ScoutDatabase, account: string): Promise<void> {
  await db.suggestions.where('accounts').equals(account).delete();
}

/** An open suggestion as a page shows it: the other candidate, and which way the link runs. */
export interface SuggestionView {
  suggestion: SamePersonSuggestion;
  other: Candidate;
  /** 'names-them': this candidate's profile names the other's account; 'named-by-them': the other way round. */
  direction: 'names-them' | 'named-by-them';
  /** The account the link names ("github:ada-dev"). */
  account: string;
}

/**
 * The open suggestions about a candidate, each with the other candidate as
 * stored now. A suggestion whose two accounts are one candidate by now (joined
 * meanwhile) or whose other side is gone is left out.
 */
export async function readSuggestionsFor(db: ScoutDatabase, candidate: Pick<Candidate, 'id' | 'aliases'>): Promise<SuggestionView[]> {
  const mine = new Set(candidate.aliases);
  const rows = await db.suggestions.where('accounts').anyOf([...mine]).toArray();
  const out: SuggestionView[] = [];
  for (const row of rows) {
    const parsed = SamePersonSuggestion.safeParse(row);
    if (!parsed.success || parsed.data.state !== 'open') continue;
    const suggestion = parsed.data;
    const theirs = mine.has(suggestion.from) ? suggestion.to : suggestion.from;
    if (mine.has(theirs)) continue;
    const found = Candidate.safeParse(await db.candidates.where('aliases').equals(theirs).first());
    const other = found.success ? found.data : null;
    if (!other || other.id === candidate.id || out.some((s) => s.other.id === other.id)) continue;
    out.push({
      suggestion,
      other,
      direction: mine.has(suggestion.from) ? 'names-them' : 'named-by-them',
      account: suggestion.to,
    });
  }
  return out;
}
