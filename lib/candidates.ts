/**
 * Candidates: one per person, with a stable id derived from a profile URL
 * (`github:<login>`, `linkedin:<slug>`, lower-cased). A revisit updates the
 * captured profile and never touches what the recruiter wrote.
 */
import { z } from 'zod';
import { Profile, type ProfileSource } from './profile';
import type { ScoutDatabase } from './db';

export const Candidate = z.object({
  id: z.string(),
  /** Every id this person is known by, the primary one included. */
  aliases: z.array(z.string()).min(1),
  /** The latest capture from each source. */
  profiles: z.object({
    github: Profile.optional(),
    linkedin: Profile.optional(),
    resume: Profile.optional(),
  }),
  firstCapturedAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

export function candidateId(source: 'github' | 'linkedin', handle: string): string {
  return `${source}:${handle.toLowerCase()}`;
}

/** The ids a profile names: its own page and any linked account on the other site. */
export function idsOfProfile(profile: Profile): string[] {
  const ids = new Set<string>();
  for (const link of profile.basics.profiles ?? []) {
    const network = link.network?.toLowerCase();
    if ((network === 'github' || network === 'linkedin') && link.username) {
      ids.add(candidateId(network, link.username));
    }
  }
  return [...ids];
}

/** The id of the page itself: the profile entry of the capture's source. */
export function primaryIdOf(profile: Profile): string | null {
  const source = profile.capture?.source;
  if (source !== 'github' && source !== 'linkedin') return null;
  const own = profile.basics.profiles?.find((p) => p.network?.toLowerCase() === source && p.username);
  return own?.username ? candidateId(source, own.username) : null;
}

/** Name to show: the newest capture's name, preferring LinkedIn's (people write their full name there). */
export function displayProfile(candidate: Candidate): Profile {
  const { linkedin, github, resume } = candidate.profiles;
  return (linkedin ?? github ?? resume) as Profile;
}

/**
 * Stores a captured profile: creates the candidate, or updates the one that
 * any of the profile's ids already belongs to. One transaction, so two tabs
 * capturing at once cannot lose either update.
 */
export async function upsertCandidate(db: ScoutDatabase, profile: Profile, now: Date = new Date()): Promise<Candidate> {
  const primary = primaryIdOf(profile);
  if (!primary) throw new Error('A captured profile must name its own GitHub or LinkedIn account.');
  const source = profile.capture?.source as ProfileSource;
  const ids = [primary, ...idsOfProfile(profile).filter((id) => id !== primary)];
  const at = now.toISOString();
  return db.transaction('rw', db.candidates, async () => {
    const existing = await db.candidates.where('aliases').anyOf(ids).first();
    const candidate: Candidate = existing
      ? {
          ...existing,
          aliases: [...new Set([...existing.aliases, ...ids])],
          profiles: { ...existing.profiles, [source]: profile },
          updatedAt: at,
        }
      : {
          id: primary,
          aliases: ids,
          profiles: { [source]: profile },
          firstCapturedAt: at,
          updatedAt: at,
        };
    await db.candidates.put(candidate);
    return candidate;
  });
}
