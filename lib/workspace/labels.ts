/**
 * The recruiter's words for what the workspace stores: stages, verdicts,
 * levels, and the alias blind mode shows instead of a name.
 */
import { LEVEL_LABELS, type Level } from '../screening/levels';
import { blindAliasGuess } from '../store/candidates';
import type { Candidate, Stage, Verdict } from '../store/records';

export const STAGE_LABELS: Record<Stage, string> = {
  sourced: 'Sourced',
  contacted: 'Contacted',
  replied: 'Replied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  'not-a-fit': 'Not a fit',
};

export const VERDICT_LABELS: Record<Verdict, string> = { 'strong-yes': 'Strong yes', maybe: 'Maybe', no: 'No' };

export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];
export const verdictLabel = (verdict: Verdict | null) => (verdict ? VERDICT_LABELS[verdict] : '');
/** '' for a candidate not screened yet. */
export const levelLabel = (level: Level | null) => (level ? LEVEL_LABELS[level] : '');

/**
 * "Candidate 7F3A" from the id alone: the first guess at an alias. A stored
 * candidate carries its own (unique in the database): use aliasOf.
 */
export function blindAlias(id: string): string {
  return blindAliasGuess(id);
}

/** The alias blind mode shows for a candidate: the stored one, unique in the database. */
export function aliasOf(candidate: Pick<Candidate, 'id' | 'blindAlias'>): string {
  return candidate.blindAlias ?? blindAliasGuess(candidate.id);
}

/**
 * Seniority in the recruiter's words. The screening result gives a level,
 * engineering years and the level a title claims; recruiters misread
 * "Staff+" beside "title Senior, 10.4 years", so the years come first, whole
 * once they are more than a couple, and the title is named as the title.
 */
export interface SeniorityInput {
  level: Level;
  years: number | null;
  titleLevel?: Exclude<Level, 'unknown'> | null;
  notes?: readonly string[];
}

/** "10 years", "1.5 years", "4 months". */
export function yearsWords(years: number): string {
  if (years <= 0) return 'no time';
  if (years < 1) {
    const months = Math.max(1, Math.round(years * 12));
    return `${months} ${months === 1 ? 'month' : 'months'}`;
  }
  const shown = years < 3 ? Math.round(years * 10) / 10 : Math.round(years);
  return `${shown} ${shown === 1 ? 'year' : 'years'}`;
}

/**
 * The level pill: the level, or for a junior by evidence "Student" (a
 * headline, title or note says so) or "Early career". The rule stays the
 * screening's; only the word is chosen here.
 */
export function levelWord(seniority: Pick<SeniorityInput, 'level' | 'notes'>, headline = ''): string {
  const student = STUDENT.test(headline) || (seniority.notes ?? []).some((n) => STUDENT.test(n));
  if (seniority.level === 'junior') return student ? 'Student' : 'Early career';
  if (seniority.level === 'unknown') return student ? 'Student' : 'Level not known';
  return LEVEL_LABELS[seniority.level];
}
const STUDENT = /\b(student|studying|undergraduate|graduand|étudiant|estudiante?|studentin|studierender|student[ka])\b/i;

/** "10 years in engineering roles (title: Senior)". */
export function seniorityLine(seniority: SeniorityInput, source?: string): string {
  const title = seniority.titleLevel ? ` (title: ${LEVEL_LABELS[seniority.titleLevel]})` : '';
  if (seniority.years === null) {
    // A GitHub profile has no career dates: say so, rather than leave "unknown" unexplained.
    if (source === 'github') return `GitHub shows no dated roles: open their LinkedIn to count years${title}`;
    return `No dated work to count years from${title}`;
  }
  if (seniority.years === 0) return `No engineering roles yet${title}`;
  return `${yearsWords(seniority.years)} in engineering roles${title}`;
}

/**
 * The screening's notes, reworded where a recruiter would stumble ("internships
 * counted at half: 0.3 years"); the title note is left out, since
 * seniorityLine says it. Notes not recognised are shown as written.
 */
export function seniorityNotes(notes: readonly string[]): string[] {
  return notes.flatMap((note) => {
    if (/^title \w[\w+-]*, [\d.]+ years?$/i.test(note)) return [];
    const intern = /^internships counted at half: ([\d.]+) years?$/i.exec(note);
    if (intern) return [`Internships count at half weight (${yearsWords(Number(intern[1]))} added).`];
    if (/^no technical role among the dated work/i.test(note)) return ['None of the dated work is an engineering role.'];
    const sentence = note.charAt(0).toUpperCase() + note.slice(1);
    return [/[.!?]$/.test(sentence) ? sentence : `${sentence}.`];
  });
}

/** "Must-haves 2 of 3": a role match as a badge. */
export const matchWords = (met: number, total: number) => (total === 0 ? 'No must-haves set' : `Must-haves ${met} of ${total}`);

/**
 * A GitHub analysis that stopped, with what to do next. The analysis's own
 * sentences already say why; the common ones get the step a recruiter takes.
 */
export function githubFailureWords(message: string | null | undefined): string {
  const text = (message ?? '').trim();
  const missing = /^No GitHub user named (.+?)\.?$/.exec(text);
  if (missing) return `GitHub has no user named ${missing[1]}: check the GitHub link on the profile.`;
  if (/could not be reached|network|fetch failed/i.test(text)) return `${text.replace(/\.?$/, '.')} Check the connection, then choose Try again.`;
  if (!text) return 'The GitHub analysis stopped. Choose Try again; if it stops again, check the GitHub settings.';
  return text;
}
