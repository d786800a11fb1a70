/**
 * Exports shaped for each applicant-tracking system's own import (DESIGN.md
 * "Shaped for an ATS"), as data: each format is its columns in that system's
 * order, a row mapper and a row limit. Every format shares the CSV rules of
 * ./csv.ts (UTF-8 with BOM, CRLF, RFC 4180, formula cells neutralised) by
 * going through its one writer, `toCsv`.
 *
 * Where DESIGN.md's column table and a vendor's documentation differ, the
 * table wins and README.md says how (Lever asks for tags and sources joined
 * by "," without a space; Ashby's bulk import does not read notes).
 *
 * What every ATS format carries, the same way:
 * - the name as the person wrote it, split into first and last where the
 *   system asks for both (./names.ts); a candidate without a name keeps the
 *   account name (GitHub login, LinkedIn slug) rather than an empty row the
 *   import would refuse, and the export says which rows did;
 * - the email the export may carry (./contacts.ts): the one the person gave,
 *   a found one only when asked; nothing invented, the empty cells counted;
 * - notes: the recruiter's decisions first ("Do not contact: …", "Contacted
 *   on …"), then the screening in one line, then each note with its date;
 * - "Do not contact" as a tag where the system has tags (LinkedIn Recruiter,
 *   Lever, Ashby), and always in the notes (Greenhouse has no tag column).
 */
import { displayProfile } from '../profile/identity';
import type { Profile } from '../profile/profile';
import { LEVEL_LABELS } from '../screening/levels';
import { flagLabel as ruleLabel } from '../screening/flag-names';
import type { Candidate, Note, Stage } from '../store/records';
import { givenPhone, permittedEmail } from './contacts';
import { candidatesToCsv, csvFileName, dateFormatter, toCsv, type CsvOptions } from './csv';
import { STAGE_LABELS } from './labels';
import { cleanName, splitName } from './names';
import { httpUrl, locationText, profileUrls } from './rows';

import { FORMAT_FACTS, type FormatFacts, type FormatId } from './formats';

export { FORMAT_FACTS, FORMAT_IDS, FORMAT_LABELS, isFormatId, type FormatFacts, type FormatId } from './formats';

/** One candidate, read once for every format. */
export interface Prepared {
  candidate: Candidate;
  profile: Profile;
  /** The name as written (decorations removed), or the account name when the profile has none. */
  name: string;
  /** True when `name` is the account name because the profile gave none. */
  nameFromAccount: boolean;
  first: string;
  last: string;
  email: string | null;
  phone: string | null;
  location: string;
  company: string;
  title: string;
  github: string | null;
  linkedin: string | null;
  website: string | null;
  /** Other accounts the person listed (X, Mastodon…), as URLs. */
  socials: string[];
  /** The recruiter's tags, plus "Do not contact" when marked. */
  tags: string[];
  /** Decisions, screening and dated notes, one per line. */
  notes: string;
  /** Where the person was found: "GitHub", "LinkedIn" or "Résumé". */
  source: string;
  stage: Stage;
}

export interface AtsFormat extends FormatFacts {
  id: FormatId;
  columns: readonly string[];
  /** True when the system asks for a first and a last name. */
  splitsNames: boolean;
  row(p: Prepared, context: RowContext): Array<string | number>;
}

export interface RowContext {
  /** The shortlist's role name, when exporting a role's shortlist. */
  roleName: string | null;
}

const join = (values: ReadonlyArray<string | null | undefined>, separator = ', ') => values.filter((v): v is string => !!v).join(separator);

/** LinkedIn Recruiter's three built-in pipeline stages; later stages go by our names and must exist in the project's pipeline. */
const LINKEDIN_STAGES: Record<Stage, string> = {
  ...STAGE_LABELS,
  sourced: 'Uncontacted',
  contacted: 'Contacted',
  replied: 'Replied',
};

export const ATS_FORMATS: Record<Exclude<FormatId, 'backend-scout'>, AtsFormat> = {
  'linkedin-recruiter': {
    id: 'linkedin-recruiter',
    ...FORMAT_FACTS['linkedin-recruiter'],
    columns: ['First name', 'Last name', 'Email', 'Phone', 'Job title', 'Company', 'Location', 'Pipeline stage', 'Note', 'Note visibility', 'Tags'],
    splitsNames: true,
    row: (p) => [
      p.first,
      p.last,
      p.email ?? '',
      p.phone ?? '',
      p.title,
      p.company,
      p.location,
      LINKEDIN_STAGES[p.stage],
      p.notes,
      // LinkedIn's own default, written out so the file says who sees the note.
      'PROJECT_MEMBERS',
      join(p.tags),
    ],
  },
  greenhouse: {
    id: 'greenhouse',
    ...FORMAT_FACTS.greenhouse,
    columns: [
      'First Name',
      'Last Name',
      'Company',
      'Title',
      'Notes',
      'Email',
      'Phone',
      'Social Media',
      'Website',
      'Address',
      'Source',
      'Who gets credit',
      'Job',
      'Department',
      'Office',
      'Prospect Pool',
      'Prospect Stage',
    ],
    splitsNames: true,
    row: (p, context) => [
      p.first,
      p.last,
      p.company,
      p.title,
      p.notes,
      p.email ?? '',
      p.phone ?? '',
      join([p.linkedin, p.github, ...p.socials]),
      p.website ?? '',
      p.location,
      p.source,
      // Who gets credit, Job, Department, Office: the recruiter's own Greenhouse names, unknown here.
      '',
      '',
      '',
      '',
      context.roleName ?? '',
      STAGE_LABELS[p.stage],
    ],
  },
  lever: {
    id: 'lever',
    ...FORMAT_FACTS.lever,
    columns: ['Full name', 'Email', 'Phone', 'Location', 'Current company', 'Current title', 'Links', 'Tags', 'Sources', 'Origin', 'Stage', 'Notes'],
    splitsNames: false,
    row: (p) => [
      p.name,
      p.email ?? '',
      p.phone ?? '',
      p.location,
      p.company,
      p.title,
      join([p.linkedin, p.github, p.website, ...p.socials]),
      // Lever's stage is its own pipeline's first ("New Lead"); ours travels as a tag beyond "sourced".
      join([...p.tags, ...(p.stage === 'sourced' ? [] : [`Stage: ${STAGE_LABELS[p.stage]}`])]),
      p.source,
      'Sourced',
      'New Lead',
      p.notes,
    ],
  },
  ashby: {
    id: 'ashby',
    ...FORMAT_FACTS.ashby,
    columns: ['Name', 'Email', 'Phone', 'LinkedIn URL', 'GitHub URL', 'Website', 'Location', 'Current Company', 'Current Title', 'Source', 'Tags', 'Notes'],
    splitsNames: false,
    row: (p) => [
      p.name,
      p.email ?? '',
      p.phone ?? '',
      p.linkedin ?? '',
      p.github ?? '',
      p.website ?? '',
      p.location,
      p.company,
      p.title,
      p.source,
      join(p.tags),
      p.notes,
    ],
  },
};

export interface ExportOptions extends CsvOptions {
  /** Found emails (public profiles) go into the Email column too. */
  includeFoundEmails?: boolean;
  /** The shortlist's role name ("Backend engineer"), for Greenhouse's prospect pool; null for all candidates. */
  roleName?: string | null;
}

/** The current role: the first without an end (LinkedIn lists the current one first), else the most recent. */
function currentWork(profile: Profile) {
  return profile.work.find((w) => !w.endDate || /^present$/i.test(w.endDate)) ?? profile.work[0];
}

/** "GitHub", "LinkedIn" or "Résumé": the site the candidate was first captured on (their id), else what was captured. */
function sourceOf(candidate: Candidate): string {
  if (candidate.id.startsWith('github:')) return 'GitHub';
  if (candidate.id.startsWith('linkedin:')) return 'LinkedIn';
  if (candidate.profiles.linkedin) return 'LinkedIn';
  if (candidate.profiles.github) return 'GitHub';
  return 'Résumé';
}

/** Date formatters by time zone: building one costs more than formatting thousands of dates. */
const formatters = new Map<string, (iso: string) => string>();
function formatterFor(timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) formatters.set(timeZone, (format = dateFormatter(timeZone)));
  return format;
}

/** One candidate, read for the exports: the same reading for every format. */
export function prepare(candidate: Candidate, notes: readonly Note[], options: ExportOptions = {}): Prepared {
  const { timeZone = 'UTC', flagLabel = ruleLabel, includeFoundEmails = false } = options;
  const formatDate = formatterFor(timeZone);
  const day = (iso: string) => formatDate(iso).slice(0, 10);
  const profile = displayProfile(candidate);
  const written = cleanName(profile.basics.name ?? '');
  const account = /^(github|linkedin):/.test(candidate.id) ? candidate.id.replace(/^[a-z]+:/, '') : '';
  const name = written || account;
  const parts = written ? splitName(written) : { first: account, last: '' };
  const urls = profileUrls(candidate, profile);
  const work = currentWork(profile);
  const socials = (profile.basics.profiles ?? [])
    .filter((p) => !['github', 'linkedin'].includes(p.network?.toLowerCase() ?? ''))
    .flatMap((p) => httpUrl(p.url) ?? []);
  const screening = candidate.screening;
  const lines: string[] = [];
  if (candidate.doNotContact) {
    lines.push(`Do not contact${candidate.doNotContact.reason ? `: ${candidate.doNotContact.reason}` : ''} (marked ${day(candidate.doNotContact.at)})`);
  }
  if (candidate.contacted) lines.push(`Contacted on ${candidate.contacted.on}`);
  if (screening) {
    lines.push(
      [
        `Backend Scout: ${LEVEL_LABELS[screening.level]}${screening.years != null ? `, ${Math.round(screening.years * 10) / 10} years` : ''}`,
        screening.green.length ? `green flags: ${screening.green.map(flagLabel).join(', ')}` : '',
        screening.yellow.length ? `yellow flags: ${screening.yellow.map(flagLabel).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  const own = notes
    .filter((n) => n.candidateId === candidate.id)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((n) => `${formatDate(n.at)}: ${n.text}`);
  return {
    candidate,
    profile,
    name,
    nameFromAccount: !written && !!account,
    first: parts.first,
    last: parts.last,
    email: permittedEmail(candidate, includeFoundEmails),
    phone: givenPhone(candidate),
    location: locationText(profile),
    company: work?.name?.trim() ?? '',
    title: work?.position?.trim() ?? '',
    github: urls.github,
    linkedin: urls.linkedin,
    website: httpUrl(profile.basics.url),
    socials,
    tags: [...candidate.tags, ...(candidate.doNotContact && !candidate.tags.some((t) => t.toLowerCase() === 'do not contact') ? ['Do not contact'] : [])],
    notes: [...lines, ...own].join('\n'),
    source: sourceOf(candidate),
    stage: candidate.stage,
  };
}

export interface ExportFile {
  name: string;
  text: string;
  /** Candidates in this file. */
  rows: number;
}

export interface ExportResult {
  format: FormatId;
  files: ExportFile[];
  /** Candidates exported, across the files. */
  rows: number;
  /** Rows whose Email cell is empty (formats with an email column), and the sentence saying why it matters. */
  withoutEmail: number;
  /** Sentences for the recruiter: empty emails, names taken from the account, missing last names. */
  warnings: string[];
}

/** "linkedin-recruiter-backend-engineer-2026-11-23.csv", and "-1", "-2" before ".csv" when split. */
export function exportFileName(format: FormatId, shortlistName: string, date: Date, timeZone?: string, part?: number): string {
  const base = csvFileName(shortlistName, date, timeZone).replace(/^backend-scout-/, `${format}-`);
  return part === undefined ? base : base.replace(/\.csv$/, `-${part}.csv`);
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const some = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '));

/**
 * The export, as files: one, or several when the format's row limit is
 * smaller than the list (LinkedIn Recruiter: 200 candidates a file).
 * `fileName(part)` names each file (part undefined for a single file).
 */
export function exportCandidates(
  candidates: readonly Candidate[],
  formatId: FormatId,
  options: ExportOptions & { fileName: (part: number | undefined) => string },
): ExportResult {
  if (formatId === 'backend-scout') {
    return { format: formatId, files: [{ name: options.fileName(undefined), text: candidatesToCsv(candidates, options), rows: candidates.length }], rows: candidates.length, withoutEmail: 0, warnings: [] };
  }
  const format = ATS_FORMATS[formatId];
  const notesOf = new Map<string, Note[]>();
  for (const note of options.notes ?? []) {
    const list = notesOf.get(note.candidateId);
    if (list) list.push(note);
    else notesOf.set(note.candidateId, [note]);
  }
  const prepared = candidates.map((c) => prepare(c, notesOf.get(c.id) ?? [], options));
  const context: RowContext = { roleName: options.roleName ?? null };
  const rows = prepared.map((p) => format.row(p, context));
  const limit = format.rowLimit ?? Math.max(rows.length, 1);
  const chunks: Array<typeof rows> = [];
  for (let i = 0; i < rows.length; i += limit) chunks.push(rows.slice(i, i + limit));
  if (chunks.length === 0) chunks.push([]);
  const files = chunks.map((chunk, i) => ({
    name: options.fileName(chunks.length > 1 ? i + 1 : undefined),
    text: toCsv(format.columns, chunk),
    rows: chunk.length,
  }));

  const warnings: string[] = [];
  const withoutEmail = prepared.filter((p) => !p.email).length;
  if (withoutEmail > 0 && format.emailNeed) {
    warnings.push(
      `${plural(withoutEmail, 'row has', 'rows have')} no email you may export (${format.emailNeed})${options.includeFoundEmails ? '' : '; emails found on public profiles are left out unless you include them'}.`,
    );
  }
  const fromAccount = prepared.filter((p) => p.nameFromAccount).map((p) => p.name);
  if (fromAccount.length) warnings.push(`${plural(fromAccount.length, 'profile shows', 'profiles show')} no name, so the account name stands in: ${some(fromAccount)}.`);
  if (format.splitsNames) {
    const noLast = prepared.filter((p) => p.name && !p.last).map((p) => p.name);
    if (noLast.length) warnings.push(`${plural(noLast.length, 'name is', 'names are')} one word, so the Last name cell is empty (${format.label} asks for one): ${some(noLast)}.`);
  }
  if (files.length > 1) warnings.push(`${format.label} takes at most ${format.rowLimit} candidates a file: ${plural(files.length, 'file', 'files')}, import each one.`);
  return { format: formatId, files, rows: rows.length, withoutEmail, warnings };
}
