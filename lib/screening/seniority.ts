/**
 * Seniority from engineering years (DOMAIN.md, "Seniority"): the date ranges
 * of technical roles, overlaps merged, an open end is today, internships at
 * half weight. Junior 0–2, mid 2–5, senior 5+, staff 8+; a boundary belongs
 * to the higher level. Titles are second evidence, shown beside the years.
 */
import { z } from 'zod';
import type { Profile, Work } from '../profile/profile';
import { classifyPosition, titleLevel } from './careers';
import { LEVEL_LABELS, Level, RankedLevel, levelOfYears } from './levels';
import { Evidence } from './evidence';
import type { ProfileReading } from './reading';
import { profileEvidence } from './reading';


export const Seniority = z.object({
  level: Level,
  /** Engineering years, one decimal; null when no work is dated. */
  years: z.number().nullable(),
  /** The roles that were counted, each with its dates and years. */
  evidence: z.array(Evidence),
  /** The title of the most recent technical role (or the headline), if any. */
  title: z.string().nullable(),
  /** The level that title claims, if it claims one. */
  titleLevel: RankedLevel.nullable(),
  /** Plain-language notes: title and years disagree, other careers, undated roles. */
  notes: z.array(z.string()),
});
export type Seniority = z.infer<typeof Seniority>;

const YEAR_MS = 365.25 * 86_400_000;
/** At most this many roles are listed as evidence. */
const ROLES_SHOWN = 6;

/** The first instant of a JSON Resume start date. */
export function startOf(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** The instant just after a JSON Resume end date ("2021-03" ends with March). */
export function endOf(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return Date.UTC(year + 1, 0, 1);
  if (!m[3]) return Date.UTC(year, Number(m[2]), 1);
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]) + 1);
}

const isOpen = (end: string | undefined) => end === undefined || end === '' || /^present$/i.test(end);

interface Span {
  start: number;
  end: number;
}

/** The role's dates as a span, an open end being `now`; null when undated. */
export function spanOf(work: Pick<Work, 'startDate' | 'endDate'>, now: number): Span | null {
  if (!work.startDate) return null;
  const start = startOf(work.startDate);
  const end = isOpen(work.endDate) ? now : endOf(work.endDate ?? '');
  if (start === null || end === null) return null;
  const clampedEnd = Math.min(end, now);
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

function dateText(work: Work): string {
  return `${work.startDate ?? '?'} – ${isOpen(work.endDate) ? 'present' : work.endDate}`;
}

export function assessSeniority(profile: Profile, reading: ProfileReading, now: Date): Seniority {
  const nowMs = now.getTime();
  const full: Span[] = [];
  const half: Span[] = [];
  const careers = new Map<string, Span[]>();
  const roles: { work: Work; span: Span; intern: boolean }[] = [];
  let datedWork = 0;
  let undatedTechnical = 0;

  profile.work.forEach((work, i) => {
    const kind = reading.positions[i] ?? classifyPosition(work.position);
    const span = spanOf(work, nowMs);
    if (span) datedWork++;
    if (kind.engineering) {
      if (!span) {
        undatedTechnical++;
        return;
      }
      (kind.intern ? half : full).push(span);
      roles.push({ work, span, intern: kind.intern });
    } else if (span && kind.career) {
      const label = kind.career === 'another career' ? (work.position ?? '').trim().toLowerCase() || kind.career : kind.career;
      const list = careers.get(label) ?? [];
      list.push(span);
      careers.set(label, list);
    }
  });

  const fullMerged = mergeSpans(full);
  const halfOnly = subtract(mergeSpans(half), fullMerged);
  const notes: string[] = [];
  const evidence: Evidence[] = [];

  let years: number | null;
  let level: Level;
  if (roles.length > 0) {
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

  // Most recent first: latest end, then latest start.
  roles.sort((a, b) => b.span.end - a.span.end || b.span.start - a.span.start);
  for (const { work, span, intern } of roles.slice(0, ROLES_SHOWN)) {
    const at = work.name ? ` at ${work.name}` : '';
    const y = round1((span.end - span.start) / YEAR_MS);
    evidence.push(
      profileEvidence(reading, `${work.position ?? 'Role'}${at}, ${dateText(work)}: ${yearsText(y)}${intern ? ' (internship, counted at half)' : ''}`),
    );
  }
  if (roles.length > ROLES_SHOWN) evidence.push(profileEvidence(reading, `and ${roles.length - ROLES_SHOWN} more technical roles`));

  const latest = roles[0]?.work.position ?? null;
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
    const changer = (roles.length > 0 || profile.projects.length > 0) && otherYears >= 2;
    const lead = changer ? 'career changer' : roles.length > 0 ? 'other work, not counted' : 'other career, not counted';
    notes.push(`${lead}: ${parts.join(', ')}`);
  }

  return { level, years, evidence, title, titleLevel: claimed, notes };
}
