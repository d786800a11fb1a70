/**
 * Seniority from engineering years (DOMAIN.md, "Seniority"): the date ranges
 * of technical roles, overlaps merged, internships at half weight. Junior
 * 0–2, mid 2–5, senior 5+, staff 8+; a boundary belongs to the higher level.
 * A role counts when its title and description together say it is
 * technical, and the evidence says which roles counted and why. An open end
 * is the day of the capture, or, for a résumé file, its
 * `meta.lastModified`: a 2018 file that says "Present" stops in 2018.
 * Titles are second evidence, shown beside the years.
 */
import { z } from 'zod';
import type { Profile, Work } from '../profile/profile';
import { endOfDate, startOfDate } from '../profile/resume-dates';
import { fold, wordRegex } from '../vocabulary/words';
import { STUDENT, classifyRole, titleLevel, type PositionKind } from './careers';
import { LEVEL_LABELS, Level, RankedLevel, levelOfYears } from './levels';
import { Evidence } from './evidence';
import type { ProfileReading } from './reading';
import { profileEvidence } from './reading';

export const Seniority = z.object({
  level: Level,
  /** Engineering years, one decimal; null when no work is dated. */
  years: z.number().nullable(),
  /** The roles that were read, each with its dates, whether it counted and why. */
  evidence: z.array(Evidence),
  /** The title of the most recent technical role (or the headline), if any. */
  title: z.string().nullable(),
  /** The level that title claims, if it claims one. */
  titleLevel: RankedLevel.nullable(),
  /** Plain-language notes: title and years disagree, other careers, undated roles, a student. */
  notes: z.array(z.string()),
  /** A student or someone looking for an internship: early career, whatever the years say. */
  student: z.boolean().default(false),
});
export type Seniority = z.infer<typeof Seniority>;

const YEAR_MS = 365.25 * 86_400_000;
/** At most this many roles are listed as evidence. */
const ROLES_SHOWN = 8;

/** The first instant of a JSON Resume start date. */
export const startOf = startOfDate;
/** The instant just after a JSON Resume end date ("2021-03" ends with March). */
export const endOf = endOfDate;

const isOpen = (end: string | undefined) => end === undefined || end === '' || /^present$/i.test(end);

interface Span {
  start: number;
  end: number;
}

/**
 * The day open-ended roles run to (DOMAIN.md): the capture's day, or a résumé
 * file's `meta.lastModified`; never later than `now`. Returns where it came
 * from, for the note.
 */
export function openEndOf(profile: Profile, now: Date): { at: number; why: string | null } {
  const nowMs = now.getTime();
  const candidates: [string | undefined, string][] =
    profile.capture && profile.capture.source !== 'resume'
      ? [[profile.capture.capturedAt, 'the day the profile was captured']]
      : [
          [profile.meta?.lastModified, 'when the résumé file was last changed (meta.lastModified)'],
          [profile.capture?.capturedAt, 'the day the profile was captured'],
        ];
  for (const [value, why] of candidates) {
    if (!value) continue;
    const at = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) ? endOfDate(value) : Date.parse(value);
    if (at === null || !Number.isFinite(at)) continue;
    return at < nowMs ? { at, why } : { at: nowMs, why: null };
  }
  return { at: nowMs, why: null };
}

/** The role's dates as a span, an open end being `openEnd`; null when undated. */
export function spanOf(work: Pick<Work, 'startDate' | 'endDate'>, openEnd: number): Span | null {
  if (!work.startDate) return null;
  const start = startOfDate(work.startDate);
  const end = isOpen(work.endDate) ? openEnd : endOfDate(work.endDate ?? '');
  if (start === null || end === null) return null;
  // A closed end after the file's date is a plan, not a fact: the file is read as of its date.
  const clampedEnd = Math.min(end, openEnd);
  if (clampedEnd <= start) return null;
  return { start, end: clampedEnd };
}

/** Spans merged where they overlap, sorted. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const total = (spans: readonly Span[]) => spans.reduce((ms, s) => ms + (s.end - s.start), 0);

/** The parts of `spans` not covered by `cover` (both merged). */
function subtract(spans: readonly Span[], cover: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let pieces: Span[] = [{ ...s }];
    for (const c of cover) {
      if (c.end <= s.start || c.start >= s.end) continue;
      pieces = pieces.flatMap((p) => {
        if (c.end <= p.start || c.start >= p.end) return [p];
        const rest: Span[] = [];
        if (c.start > p.start) rest.push({ start: p.start, end: c.start });
        if (c.end < p.end) rest.push({ start: c.end, end: p.end });
        return rest;
      });
    }
    out.push(...pieces);
  }
  return out;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

const yearsText = (years: number) => `${years} year${years === 1 ? '' : 's'}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function dateText(work: Work): string {
  return `${work.startDate ?? '?'} – ${isOpen(work.endDate) ? 'present' : work.endDate}`;
}

/** Looking for an internship, in the six languages. */
const SEEKING_INTERNSHIP = wordRegex(
  String.raw`\b(?:(?:looking|searching|seeking|available)\s+for\s+(?:an?\s+|my\s+(?:first\s+)?)?(?:\w+\s+){0,2}(?:internship|co-?op|placement|apprenticeship)|seeking\s+(?:an?\s+)?(?:\w+\s+){0,2}internship|(?:recherche|cherche)\s+(?:d\s?un\s+|un\s+|une\s+)?(?:\w+\s+){0,2}(?:stage|alternance)|en\s+recherche\s+d\s?(?:un\s+)?(?:stage|alternance)|suche\s+(?:ein(?:e|en)?\s+)?(?:\w+\s+){0,2}(?:praktikum|werkstudent\w*|praktikumsstelle)|busco\s+(?:unas?\s+)?(?:\w+\s+){0,2}(?:practicas|pasantia)|en\s+busca\s+de\s+(?:\w+\s+){0,2}(?:practicas|pasantia)|procuro\s+(?:um\s+)?(?:\w+\s+){0,2}estagio|em\s+busca\s+de\s+(?:\w+\s+){0,2}estagio|szukam\s+(?:\w+\s+){0,2}(?:stazu|praktyk))\b`,
);

/** Early-career evidence: a student headline, summary or position, or someone looking for an internship. */
function studentEvidence(profile: Profile, positions: readonly PositionKind[]): string | null {
  for (const [where, text] of [
    ['headline', profile.basics.label],
    ['About', profile.basics.summary],
  ] as const) {
    if (!text) continue;
    const folded = fold(text);
    const m = SEEKING_INTERNSHIP.exec(folded) ?? STUDENT.exec(folded);
    if (m) {
      const sentence = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ').trim();
      return `${where}: "${sentence.length < text.trim().length ? `…${sentence}…` : sentence}"`;
    }
  }
  const i = positions.findIndex((p) => p.student);
  if (i !== -1) return `position "${profile.work[i]?.position ?? ''}"`;
  return null;
}

interface Role {
  work: Work;
  kind: PositionKind;
  span: Span | null;
}

function roleLine(reading: ProfileReading, role: Role): Evidence {
  const { work, kind, span } = role;
  const at = work.name ? ` at ${work.name}` : '';
  const when = span ? `, ${dateText(work)}` : ', no dates';
  let verdict: string;
  if (kind.engineering) {
    const y = span ? round1((span.end - span.start) / YEAR_MS) : null;
    const length = y === null ? 'not counted without dates' : kind.intern ? `internship, counted at half: ${yearsText(y)}` : yearsText(y);
    verdict = `counted, ${kind.reason} (${length})`;
  } else if (kind.student) verdict = 'not counted, student';
  else verdict = `not counted, ${kind.reason}`;
  return profileEvidence(reading, `${work.position?.trim() || 'Role'}${at}${when}: ${verdict}`);
}

export function assessSeniority(profile: Profile, reading: ProfileReading, now: Date): Seniority {
  const openEnd = openEndOf(profile, now);
  const full: Span[] = [];
  const half: Span[] = [];
  const careers = new Map<string, Span[]>();
  const roles: Role[] = profile.work.map((work, i) => ({
    work,
    kind: reading.positions[i] ?? classifyRole(work.position, []),
    span: spanOf(work, openEnd.at),
  }));
  let datedWork = 0;
  let undatedTechnical = 0;
  let counted = 0;

  for (const { work, kind, span } of roles) {
    if (span) datedWork++;
    if (kind.engineering) {
      if (!span) {
        undatedTechnical++;
        continue;
      }
      (kind.intern ? half : full).push(span);
      counted++;
    } else if (span && kind.career) {
      const label = kind.career === 'another career' ? (work.position ?? '').trim().toLowerCase() || kind.career : kind.career;
      const list = careers.get(label) ?? [];
      list.push(span);
      careers.set(label, list);
    }
  }

  const fullMerged = mergeSpans(full);
  const halfOnly = subtract(mergeSpans(half), fullMerged);
  const notes: string[] = [];

  let years: number | null;
  let level: Level;
  if (counted > 0) {
    years = round1((total(fullMerged) + total(halfOnly) / 2) / YEAR_MS);
    level = levelOfYears(years);
  } else if (datedWork > 0 && undatedTechnical === 0) {
    years = 0;
    level = 'junior';
    notes.push('no technical role among the dated work: 0 engineering years');
  } else {
    years = null;
    level = 'unknown';
  }

  // Counted roles first, most recent first; then the others, most recent first.
  const latestFirst = (a: Role, b: Role) => (b.span?.end ?? 0) - (a.span?.end ?? 0) || (b.span?.start ?? 0) - (a.span?.start ?? 0);
  const technical = roles.filter((r) => r.kind.engineering && r.span).sort(latestFirst);
  const others = roles.filter((r) => !(r.kind.engineering && r.span) && (r.span || r.kind.engineering)).sort(latestFirst);
  const shown = [...technical, ...others];
  const evidence: Evidence[] = shown.slice(0, ROLES_SHOWN).map((role) => roleLine(reading, role));
  if (shown.length > ROLES_SHOWN) evidence.push(profileEvidence(reading, `and ${shown.length - ROLES_SHOWN} more roles`));

  const latest = technical[0]?.work.position ?? null;
  const headline = profile.basics.label?.trim() || null;
  const title = latest ?? (titleLevel(headline ?? undefined) ? headline : null);
  const claimed = title ? titleLevel(title) : null;
  if (claimed && years !== null && level !== 'unknown' && claimed !== level) {
    notes.push(`title ${LEVEL_LABELS[claimed]}, ${yearsText(years)}`);
  }
  if (undatedTechnical > 0) {
    notes.push(`${undatedTechnical} technical role${undatedTechnical === 1 ? ' has' : 's have'} no dates and ${undatedTechnical === 1 ? 'was' : 'were'} not counted`);
  }
  if (halfOnly.length > 0) notes.push(`internships counted at half: ${yearsText(round1(total(halfOnly) / YEAR_MS / 2))}`);
  if (careers.size > 0) {
    const parts = [...careers.entries()]
      .map(([career, spans]) => ({ career, years: round1(total(mergeSpans(spans)) / YEAR_MS) }))
      .sort((a, b) => b.years - a.years)
      .map(({ career, years: y }) => `${yearsText(y)} ${career}`);
    const otherYears = round1(total(mergeSpans([...careers.values()].flat())) / YEAR_MS);
    // A couple of years of other work beside engineering (or projects) is a career change;
    // less is a side job, and other work alone is simply another career.
    const changer = (counted > 0 || profile.projects.length > 0) && otherYears >= 2;
    const lead = changer ? 'career changer' : counted > 0 ? 'other work, not counted' : 'other career, not counted';
    notes.push(`${lead}: ${parts.join(', ')}`);
  }
  if (openEnd.why && roles.some((r) => r.span && isOpen(r.work.endDate))) {
    notes.push(`open-ended roles counted to ${day(openEnd.at)}, ${openEnd.why}`);
  }
  // Early career: a student, or someone looking for an internship, whatever the years say.
  const student = years === null || years < 2 ? studentEvidence(profile, reading.positions) : null;
  if (student) notes.push(`student or early career: ${student}`);

  return { level, years, evidence, title, titleLevel: claimed, notes, student: student !== null };
}
