/**
 * `--csv --format NAME [--out DIR] [--include-found-emails]`: the screened
 * inputs shaped for an applicant-tracking system's own import
 * (lib/workspace/ats.ts, DESIGN.md "Shaped for an ATS").
 *
 * Without --out the file goes to standard output, which holds one file only:
 * beyond a format's row limit (LinkedIn Recruiter: 200 candidates) it exits 2
 * saying so, and prints nothing. With --out it writes NAME.csv, or NAME-1.csv,
 * NAME-2.csv… when split, and names each file on standard error. What the
 * export left empty (rows without a permitted email, names taken from the
 * account) is said on standard error; it is not an error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flagLabel } from '../lib/screening/flag-names';
import { ATS_FORMATS, FORMAT_IDS, exportCandidates, isFormatId, type FormatId } from '../lib/workspace/ats';
import { CLI_ROLE_KEY, screenedCandidates, type Screened } from './csv-output';

/** The options this file adds to the command's table (cli/screen.ts). */
export const FORMAT_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  'include-found-emails': { type: 'boolean' },
} as const;

export const FORMAT_USAGE = `  --format NAME          with --csv: shape the rows for an ATS import: ${FORMAT_IDS.join(', ')}
                         (default backend-scout, the extension's own columns)
  --out DIR              with --csv: write the file(s) into DIR (NAME.csv, or NAME-1.csv,
                         NAME-2.csv… beyond the format's row limit) instead of standard output
  --include-found-emails with --csv: also export emails found on public profiles (GitHub's
                         public email); a résumé's own email is always exported`;

export interface FormatValues {
  csv?: boolean | undefined;
  format?: string | undefined;
  out?: string | undefined;
  'include-found-emails'?: boolean | undefined;
}

/** A usage problem with these options, as a sentence; null when they are fine. */
export function formatOptionsProblem(values: FormatValues): string | null {
  for (const option of ['format', 'out', 'include-found-emails'] as const) {
    if (values[option] !== undefined && !values.csv) return `--${option} goes with --csv`;
  }
  if (values.format !== undefined && !isFormatId(values.format)) {
    return `--format: "${values.format}" is not a format; choose one of ${FORMAT_IDS.join(', ')}`;
  }
  if (values.out !== undefined && !values.out.trim()) return '--out needs a folder';
  return null;
}

export interface FormatIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writes the export; returns 0, or 2 when it cannot (row limit without --out, a folder that cannot be written). */
export async function writeFormattedCsv(screened: readonly Screened[], values: FormatValues, io: FormatIO, now: Date): Promise<number> {
  const format: FormatId = values.format !== undefined && isFormatId(values.format) ? values.format : 'backend-scout';
  const candidates = screenedCandidates(screened, now);
  const result = exportCandidates(candidates, format, {
    flagLabel,
    roleId: CLI_ROLE_KEY,
    includeFoundEmails: values['include-found-emails'] ?? false,
    fileName: (part) => (part === undefined ? `${format}.csv` : `${format}-${part}.csv`),
  });
  if (values.out === undefined) {
    if (result.files.length > 1) {
      const limit = format === 'backend-scout' ? null : ATS_FORMATS[format].rowLimit;
      io.stderr(
        `screen: ${format} takes at most ${limit} candidates a file and ${result.rows} were screened: ` +
          `add --out DIR to write ${result.files.map((f) => f.name).join(', ')}\n`,
      );
      return 2;
    }
    io.stdout(result.files[0]!.text);
  } else {
    try {
      await mkdir(values.out, { recursive: true });
      for (const file of result.files) {
        const path = join(values.out, file.name);
        await writeFile(path, file.text, 'utf8');
        io.stderr(`screen: wrote ${path} (${file.rows} ${file.rows === 1 ? 'candidate' : 'candidates'})\n`);
      }
    } catch (error) {
      io.stderr(`screen: --out ${values.out}: cannot write there (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return 2;
    }
  }
  for (const warning of result.warnings) if (!(values.out !== undefined && warning.includes('at most'))) io.stderr(`screen: ${warning}\n`);
  return 0;
}
