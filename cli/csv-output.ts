/**
 * --csv: one row per screened input, in the extension's export columns
 * (lib/export/csv.ts). Stage, verdict, tags and notes are the extension's
 * own and stay empty from the command line.
 */
import { Candidate } from '../lib/store/records';
import { candidatesToCsv } from '../lib/workspace/csv';
import type { ScreeningResult } from '../lib/screening';
import { flagLabel } from '../lib/screening/flag-names';

export interface Screened {
  input: string;
  result: ScreeningResult;
}

const ROLE_KEY = 'cli';

/** One screened input as the candidate the extension's export reads. */
export function screenedCandidate({ input, result }: Screened, now: Date): Candidate {
  const source = result.profile.capture?.source ?? 'resume';
  return Candidate.parse({
    id: input,
    aliases: [input],
    profiles: { [source]: result.profile },
    screening: {
      green: result.flags.filter((f) => f.kind === 'green').map((f) => f.id),
      yellow: result.flags.filter((f) => f.kind === 'yellow').map((f) => f.id),
      level: result.seniority.level,
      years: result.seniority.years,
      roleMatches: { [ROLE_KEY]: { met: result.role.mustHaveMet, total: result.role.mustHave.length } },
      screenedAt: now.toISOString(),
    },
    firstCapturedAt: result.profile.capture?.capturedAt ?? '',
    updatedAt: now.toISOString(),
  });
}

/** Rows for these candidates; a candidate not screened (screening null) keeps its flag cells empty. */
export function candidatesCsv(candidates: readonly Candidate[]): string {
  // Role match is read from the stored screening under the role's id, as the side panel's export reads it.
  return candidatesToCsv(candidates, { flagLabel, roleId: ROLE_KEY });
}

export function screenedToCsv(screened: readonly Screened[], now: Date): string {
  return candidatesCsv(screened.map((s) => screenedCandidate(s, now)));
}

/** The screened inputs as the candidates the extension would store: what every export format reads. */
export function screenedCandidates(screened: readonly Screened[], now: Date): Candidate[] {
  return screened.map((s) => screenedCandidate(s, now));
}

/** The key screenedCandidate files the CLI's role match under. */
export const CLI_ROLE_KEY = ROLE_KEY;
