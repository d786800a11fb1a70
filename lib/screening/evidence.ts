/**
 * The shapes every rule returns: a flag's id and kind, and the evidence that
 * raised it, in words a recruiter can show a hiring manager.
 */
import { z } from 'zod';

/** The thirteen flag ids of DOMAIN.md; the CSV and the CLI use these exact ids. */
export const GREEN_FLAG_IDS = [
  'language-proficiency',
  'database-experience',
  'api-design',
  'production-scale',
  'testing-deployment',
  'oss-backend-contributions',
  'observability',
] as const;
export const YELLOW_FLAG_IDS = [
  'generic-backend',
  'no-database-or-api',
  'no-production-exposure',
  'tutorial-projects',
  'no-testing-or-quality',
  'vague-tech-list',
] as const;
export const FLAG_IDS = [...GREEN_FLAG_IDS, ...YELLOW_FLAG_IDS] as const;
export const FlagId = z.enum(FLAG_IDS);
export type FlagId = z.infer<typeof FlagId>;

export const FlagKind = z.enum(['green', 'yellow']);
export type FlagKind = z.infer<typeof FlagKind>;

export const EvidenceSource = z.enum(['resume', 'linkedin', 'github']);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/** One reason: the words (or the repository) and where they were read. */
export const Evidence = z.object({
  source: EvidenceSource,
  /** The sentence, repository or pull request, trimmed to a readable length. */
  text: z.string(),
  /** The page it came from: the profile, the repository, the pull request. */
  url: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Flag = z.object({
  id: FlagId,
  kind: FlagKind,
  label: z.string(),
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;

/** Evidence texts are cut to this many characters around what triggered them. */
export const EVIDENCE_TEXT_LIMIT = 200;
/** A flag shows at most this many pieces of evidence of each kind (text, GitHub). */
export const EVIDENCE_PER_FLAG = 3;

/**
 * The part of `sentence` around `index`, at most `limit` characters, cut at
 * word boundaries and marked with "…" where it was cut.
 */
export function excerpt(sentence: string, index = 0, limit = EVIDENCE_TEXT_LIMIT): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  // The index was measured on the original; whitespace collapsing can only move it left.
  const at = Math.min(Math.max(0, index), text.length);
  let start = Math.max(0, at - Math.floor(limit / 3));
  let end = Math.min(text.length, start + limit - 2);
  start = Math.max(0, Math.min(start, end - (limit - 2)));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
