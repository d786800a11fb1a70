/**
 * Candidates as a spreadsheet the hiring team can open: the side panel's
 * "Export CSV" and the CLI's --csv share these columns.
 *
 * The file is RFC 4180 (papaparse), UTF-8 with a byte-order mark and CRLF
 * line ends, so Excel and Google Sheets read accents and line breaks
 * correctly. Profile text is written by strangers: a cell whose first
 * non-blank character is = + - @, or that begins with a tab or a carriage
 * return, would run as a formula in a spreadsheet, so it is prefixed with '
 * (OWASP's "CSV injection" advice).
 *
 * Column order (stable; add new columns at the end):
 *   Name, Headline, Location, GitHub URL, LinkedIn URL, Level, Years,
 *   Green flags, Yellow flags, Role match, Verdict, Stage, Tags, Notes,
 *   First captured, Last updated
 * Flags are their labels joined by "; ", tags likewise; notes are one per
 * line, each "YYYY-MM-DD HH:MM: text"; dates are "YYYY-MM-DD HH:MM" in the
 * given time zone. Role match is "2 of 3" must-haves of the shortlist's role
 * met, as the stored screening counted them; empty for "All candidates" or a
 * candidate not yet screened against that role.
 *
 * Blind mode (DOMAIN.md, Fairness) writes the stored alias ("Candidate 7F3A",
 * unique in the database) as the name, hides the person's name, handles,
 * schools and places in the headline (./blind.ts), and leaves out the location
 * and both profile URLs (a URL names the person); schools are never exported.
 */
import Papa from 'papaparse';
import { aliasOf } from './labels';
import { hideIdentity, identityTerms } from './blind';
import { displayProfile } from '../profile/identity';
import { type Candidate, type Note } from '../store/records';
import { flagLabel as ruleLabel } from '../screening/flag-names';
import { LEVEL_LABELS } from '../screening/levels';
import { locationText, profileUrls } from './rows';
import { stageLabel, verdictLabel } from './labels';

export const CSV_COLUMNS = [
  'Name',
  'Headline',
  'Location',
  'GitHub URL',
  'LinkedIn URL',
  'Level',
  'Years',
  'Green flags',
  'Yellow flags',
  'Role match',
  'Verdict',
  'Stage',
  'Tags',
  'Notes',
  'First captured',
  'Last updated',
] as const;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/**
 * Cells that a spreadsheet would treat as a formula: the first character that
 * is not white space is = + - or @ (spreadsheets skip leading spaces and line
 * breaks, so " =HYPERLINK(…)" is a formula too), or the cell starts with a tab
 * or a carriage return. papaparse's own `escapeFormulae: true` pattern
 * (/^[=+\-@\t\r].*$/) misses a value with a line break in it ("=1+1\nhello"),
 * so only the start of the cell is tested.
 *
 * Spreadsheets differ in what they skip before a formula and in whether they
 * read the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) or the minus
 * sign − as their ASCII twins; we do not bet on any of them: any run of white
 * space, zero-width or other format characters (Unicode Cf: U+200B, U+2060,
 * U+FEFF, bidi marks…) and control characters before any of those forms is a
 * formula start.
 */
export const FORMULA_START = /^[\s\p{Cf}\p{Cc}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]|^[\t\r]/u;

export interface RoleMatch {
  met: number;
  total: number;
}

export interface CsvOptions {
  /** The notes of the exported candidates, any order (each candidate's are sorted oldest first). */
  notes?: readonly Note[];
  /** Blind mode: alias for the name, no location, no profile URLs. */
  blind?: boolean;
  /** A flag's label in the recruiter's words; the screening registry's label when not given. */
  flagLabel?: (id: string) => string;
  /** The shortlist's role: its must-haves met, as the stored screening counted them. Empty without one. */
  roleId?: string | null;
  /** Or any other count of must-haves met (the CLI's); wins over roleId. */
  roleMatch?: (candidate: Candidate) => RoleMatch | null;
  /** IANA time zone for the dates (default UTC). */
  timeZone?: string;
}

/** Rows of cells in CSV_COLUMNS order, before quoting: for the CSV and for tests. */
export function csvRows(candidates: readonly Candidate[], options: CsvOptions = {}): Array<Array<string | number>> {
  const { blind = false, flagLabel = ruleLabel, roleId, roleMatch, timeZone = 'UTC' } = options;
  const formatDate = dateFormatter(timeZone);
  const notesOf = new Map<string, Note[]>();
  for (const note of options.notes ?? []) {
    const list = notesOf.get(note.candidateId);
    if (list) list.push(note);
    else notesOf.set(note.candidateId, [note]);
  }
  return candidates.map((candidate) => {
    const profile = displayProfile(candidate);
    const urls = profileUrls(candidate, profile);
    const screening = candidate.screening;
    const match = roleMatch ? roleMatch(candidate) : roleId ? (screening?.roleMatches[roleId] ?? null) : null;
    const notes = (notesOf.get(candidate.id) ?? [])
      .slice()
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map((note) => `${formatDate(note.at)}: ${note.text}`);
    return [
      blind ? aliasOf(candidate) : profile.basics.name?.trim() || '',
      blind ? hideIdentity(profile.basics.label?.trim() ?? '', identityTerms(candidate)) : (profile.basics.label?.trim() ?? ''),
      blind ? '' : locationText(profile),
      blind ? '' : (urls.github ?? ''),
      blind ? '' : (urls.linkedin ?? ''),
      screening ? LEVEL_LABELS[screening.level] : '',
      // A number, so it is never mistaken for a formula.
      screening?.years != null ? Math.round(screening.years * 10) / 10 : '',
      (screening?.green ?? []).map(flagLabel).join('; '),
      (screening?.yellow ?? []).map(flagLabel).join('; '),
      match ? `${match.met} of ${match.total}` : '',
      verdictLabel(candidate.verdict),
      stageLabel(candidate.stage),
      candidate.tags.join('; '),
      notes.join('\n'),
      formatDate(candidate.firstCapturedAt),
      formatDate(candidate.updatedAt),
    ];
  });
}

/** The whole file as text: BOM, a header row, one row per candidate, CRLF after every row. */
export function candidatesToCsv(candidates: readonly Candidate[], options: CsvOptions = {}): string {
  return toCsv(CSV_COLUMNS, csvRows(candidates, options));
}

/**
 * Any header and rows as a file under the same rules (every export format
 * shares them: lib/workspace/ats.ts): BOM, RFC 4180 quoting, CRLF after every
 * row, formula cells neutralised.
 */
export function toCsv(fields: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => [...row]) },
    { newline: CRLF, quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  // papaparse ends a header-only file with a line break and a full one without.
  return `${BOM}${body.endsWith(CRLF) ? body : body + CRLF}`;
}

/**
 * "backend-scout-backend-engineer-2026-11-23.csv": the shortlist's name in
 * lower-case words joined by hyphens (letters of any alphabet kept), and the
 * date in the recruiter's calendar.
 */
export function csvFileName(shortlistName: string, date: Date, timeZone?: string): string {
  const slug =
    shortlistName
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'shortlist';
  const day = dateFormatter(timeZone ?? 'UTC')(date.toISOString()).slice(0, 10);
  return `backend-scout-${slug}-${day}.csv`;
}

/** The side panel's local time zone, for callers that have one. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * ISO timestamp → "YYYY-MM-DD HH:MM" in a time zone; '' for a value that is
 * not a date. Asking Intl for every cell costs most of an export of 10,000
 * candidates, so Intl is asked for the zone's offset once per UTC day, and
 * the minutes are added by arithmetic. A day whose offset changes (a
 * daylight-saving switch) is looked at hour by hour, and an hour that
 * changes within it is formatted by Intl directly.
 */
export function dateFormatter(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const byIntl = (date: Date) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(date)) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
  /** Minutes the zone is ahead of UTC at this instant (whole minutes: seconds are not shown). */
  const offsetAt = (ms: number) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(ms))) parts[part.type] = part.value;
    const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
  };
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  /** The offset through a span, or null when it changes within it. */
  const steady = (start: number, length: number) => {
    const first = offsetAt(start);
    return first === offsetAt(start + length - 60_000) ? first : null;
  };
  const days = new Map<number, number | null>();
  const hours = new Map<number, number | null>();
  const pad = (n: number) => String(n).padStart(2, '0');
  return (iso) => {
    const date = new Date(iso);
    const ms = date.getTime();
    if (Number.isNaN(ms)) return '';
    const day = Math.floor(ms / DAY);
    let offset = days.get(day);
    if (offset === undefined) days.set(day, (offset = steady(day * DAY, DAY)));
    if (offset === null) {
      const hour = Math.floor(ms / HOUR);
      offset = hours.get(hour);
      if (offset === undefined) hours.set(hour, (offset = steady(hour * HOUR, HOUR)));
    }
    if (offset === null) return byIntl(date);
    const local = new Date(Math.floor(ms / 60_000) * 60_000 + offset * 60_000);
    const year = local.getUTCFullYear();
    // Years outside 0–9999 are rare enough to leave to Intl's own spelling.
    if (year < 0 || year > 9999) return byIntl(date);
    return `${String(year).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  };
}
