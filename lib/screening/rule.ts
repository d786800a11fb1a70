/**
 * What a flag rule is: one file per flag under rules/, registered in
 * rules/index.ts. A rule reads the profile (once read for all rules) and any
 * GitHub evidence, and returns the evidence that raises its flag, or null.
 */
import type { GitHubEvidence } from '../profile/github-evidence';
import type { PartialSection, Profile } from '../profile/profile';
import { EVIDENCE_PER_FLAG, type Evidence, type FlagId, type FlagKind } from './evidence';
import type { ProfileReading, Sentence } from './reading';
import { isMention, sentenceEvidence } from './reading';
import type { TechnologyMatch } from '../vocabulary/vocabulary';
import { mayMatch, readsFoldedText } from '../vocabulary/words';

export interface RuleInput {
  profile: Profile;
  /** Absent when no GitHub analysis was run: never a reason to raise a flag. */
  github?: GitHubEvidence | undefined;
  reading: ProfileReading;
  now: Date;
}

export interface FlagRule {
  id: FlagId;
  kind: FlagKind;
  /** The flag's name in the recruiter's words. */
  label: string;
  /** The rule in one sentence a recruiter can repeat to a hiring manager. */
  description: string;
  /** The evidence that raises the flag, or null when it is not raised. */
  evaluate(input: RuleInput): Evidence[] | null;
}

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * Computed once per screening: a green flag's evidence is read by its own
 * rule and by the absence rule of its topic (so the two can never disagree),
 * without reading the profile twice.
 */
export function memo<T>(input: RuleInput, key: string, compute: () => T): T {
  let map = memos.get(input);
  if (!map) {
    map = new Map();
    memos.set(input, map);
  }
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  map.set(key, value);
  return value;
}

/**
 * The sections an absence rule reads, everywhere in the profile (spoken
 * languages excepted: they cannot mention a database or a test).
 */
export const ABSENCE_SECTIONS: readonly PartialSection[] = ['work', 'projects', 'skills', 'education', 'certificates', 'volunteer', 'awards', 'publications'];

/**
 * Of `sections`, those the page showed only in part (`capture.partial`):
 * what was not shown is never evidence of absence, so absence flags and the
 * vague-list flag are not raised from them.
 */
export function partlyShown(profile: Profile, sections: readonly PartialSection[]): PartialSection[] {
  const partial = profile.capture?.partial;
  if (!partial) return [];
  return sections.filter((section) => {
    const p = partial[section];
    return p !== undefined && p.shown < p.total;
  });
}

/**
 * Evidence from context sentences that use a technology passing `test`
 * (learning, following or teaching it is not using it): one piece per
 * sentence, at most `max`, cut around the first such match.
 */
export function technologyEvidence(
  reading: ProfileReading,
  test: (match: TechnologyMatch) => boolean,
  max = EVIDENCE_PER_FLAG,
): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const sentence of reading.context) {
    const match = sentence.used.find(test);
    if (!match) continue;
    const evidence = sentenceEvidence(reading, sentence, match.index);
    if (seen.has(evidence.text)) continue;
    seen.add(evidence.text);
    out.push(evidence);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Evidence from sentences where `pattern` matches (and `accept`, if given,
 * agrees), outside what they only mention: one piece per sentence, at most
 * `max`. Patterns made with `wordRegex` run on the folded text (lower case,
 * no accents, every letter ASCII); others on the text as written.
 */
export function patternEvidence(
  reading: ProfileReading,
  sentences: readonly Sentence[],
  pattern: RegExp,
  accept: (sentence: Sentence, match: RegExpExecArray) => boolean = () => true,
  max = EVIDENCE_PER_FLAG,
): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const folded = readsFoldedText(pattern);
  for (const sentence of sentences) {
    const text = folded ? sentence.folded : sentence.text;
    if (folded && !mayMatch(pattern, text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      if (isMention(sentence, m.index)) continue;
      if (!accept(sentence, m)) continue;
      const evidence = sentenceEvidence(reading, sentence, m.index);
      if (!seen.has(evidence.text)) {
        seen.add(evidence.text);
        out.push(evidence);
      }
      break;
    }
    if (out.length >= max) break;
  }
  return out;
}

/** Both kinds of evidence, or null when there is none. */
export function raised(...lists: Evidence[][]): Evidence[] | null {
  const all = lists.flat();
  return all.length > 0 ? all : null;
}

/**
 * Absence flags need something to be absent from: some text in the profile
 * or some repositories on GitHub. An empty capture raises nothing.
 */
export function hasSomethingToRead({ reading, github }: RuleInput): boolean {
  return reading.hasContent || (github?.repositories.some((r) => !r.isFork) ?? false);
}

/** "the About, 3 roles, 2 projects, 14 skills and 5 GitHub repositories", for absence flags. */
export function whatWasRead({ profile, github }: RuleInput): string {
  const parts: string[] = [];
  if ((profile.basics.label ?? '').trim()) parts.push('the headline');
  if ((profile.basics.summary ?? '').trim()) parts.push('the About');
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  if (profile.work.length) parts.push(count(profile.work.length, 'role', 'roles'));
  if (profile.projects.length) parts.push(count(profile.projects.length, 'project', 'projects'));
  const skills = profile.skills.reduce((n, s) => n + 1 + (s.keywords?.length ?? 0), 0);
  if (skills) parts.push(count(skills, 'skill', 'skills'));
  const repos = github?.repositories.length ?? 0;
  if (github) parts.push(count(repos, 'GitHub repository', 'GitHub repositories'));
  if (parts.length <= 1) return parts[0] ?? 'the profile';
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}
