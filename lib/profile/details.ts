/**
 * LinkedIn's "Show all" lists joined to the profile they belong to. A
 * logged-in profile shows a few roles and skills, then "Show all 12
 * experiences"; the recruiter who opens /in/<slug>/details/experience/ sees
 * the whole list, and that list belongs to the same capture: it is merged in,
 * the section stops counting as shown in part, and the screening reads the
 * whole.
 *
 * Pure functions: the background calls them with what it stored and what the
 * content script read (lib/background/service.ts).
 */
import { primaryIdOf } from './identity';
import type { PartialSection, Profile } from './profile';

type Entry = Record<string, unknown>;

/** The fields that tell two entries of a list apart (the same role on the profile and on its list). */
const KEYS: Record<PartialSection, readonly string[]> = {
  work: ['name', 'position', 'startDate'],
  education: ['institution', 'startDate'],
  skills: ['name'],
  certificates: ['name', 'issuer'],
  languages: ['language'],
  projects: ['name'],
  volunteer: ['organization', 'position', 'startDate'],
  awards: ['title'],
  publications: ['name'],
};

/** capture.missing names these sections in the recruiter's words. */
const MISSING_WORD: Partial<Record<PartialSection, string>> = { work: 'experience', education: 'education', skills: 'skills' };

const keyOf = (section: PartialSection, entry: Entry) => KEYS[section].map((k) => String(entry[k] ?? '').toLowerCase()).join('|');

/**
 * The profile with one section's list from a /details/ page merged in: the
 * list's entries in its order (each keeping what only the profile knew of
 * it), then any entry of the profile the list did not show. The section's
 * "shown in part" count follows (dropped once everything is read), and
 * capture.strategy records that it came from the details page. A list of
 * someone else than the profile's person changes nothing.
 */
export function mergeDetails(profile: Profile, section: PartialSection, details: Profile): Profile {
  if (!primaryIdOf(profile) || primaryIdOf(profile) !== primaryIdOf(details)) return profile;
  const list = (details[section] ?? []) as Entry[];
  if (list.length === 0) return profile;
  const base = (profile[section] ?? []) as Entry[];
  const known = new Map(base.map((entry) => [keyOf(section, entry), entry]));
  const merged = list.map((entry) => ({ ...known.get(keyOf(section, entry)), ...entry }));
  const listed = new Set(merged.map((entry) => keyOf(section, entry)));
  for (const entry of base) if (!listed.has(keyOf(section, entry))) merged.push(entry);

  const capture = profile.capture;
  if (!capture) return { ...profile, [section]: merged };
  const partial = { ...capture.partial };
  const was = partial[section];
  if (was && merged.length < was.total) partial[section] = { shown: merged.length, total: was.total };
  else delete partial[section];
  const { partial: _, ...rest } = capture;
  return {
    ...profile,
    [section]: merged,
    capture: {
      ...rest,
      strategy: { ...capture.strategy, [section]: 'details' },
      confidence: { ...capture.confidence, [section]: details.capture?.confidence[section] ?? 0.8 },
      missing: capture.missing.filter((word) => word !== MISSING_WORD[section]),
      ...(Object.keys(partial).length ? { partial } : {}),
    },
  };
}

/**
 * A new capture of the profile page, keeping the lists read earlier from its
 * /details/ pages: going back to the profile shows "7 of 12" again, which must
 * not undo the 12 already read. A section the page now shows in full is the
 * page's own.
 */
export function carryDetails(previous: Profile | undefined, next: Profile): Profile {
  let out = next;
  for (const [section, how] of Object.entries(previous?.capture?.strategy ?? {})) {
    if (how !== 'details' || !(section in KEYS) || !next.capture?.partial?.[section as PartialSection]) continue;
    out = mergeDetails(out, section as PartialSection, previous!);
  }
  return out;
}
