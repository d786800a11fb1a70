/**
 * Text as a captured profile keeps it: inert, tidy and bounded. Profile
 * text is written by strangers, so it is only ever read as text (never as
 * HTML), stripped of the invisible characters that make text lie about
 * itself, and cut to a sane length with the cut recorded.
 */

/** The longest About / bio / role description we keep (LinkedIn allows 2,600 for About). */
export const SUMMARY_MAX = 10_000;
/** Every other string: names, headlines, companies, URLs. */
export const STRING_MAX = 1_000;
/** Longest list of each kind we keep; past these a page is not a person's profile any more. */
export const LIST_MAX = {
  work: 100,
  education: 50,
  skills: 200,
  projects: 50,
  profiles: 20,
  highlights: 50,
  keywords: 50,
} as const;

/**
 * C0/C1 controls (but tab and newline), and the bidi embedding, override and
 * isolate marks (U+202A-202E, U+2066-2069) that can make "gpj.exe" read as
 * "exe.jpg". Plain LTR/RTL marks and Arabic/Hebrew letters stay: they are text.
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** One line: whitespace folded, invisible controls removed. */
export function cleanLine(value: string): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Several lines: each folded, blank runs kept to one empty line. */
export function cleanLines(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface Truncation {
  field: string;
  length: number;
}

/**
 * Collects what was cut while a profile is assembled, so the capture can say
 * "basics.summary was 104,857 characters; we kept 10,000".
 */
export class Clipper {
  readonly truncated: Truncation[] = [];

  text(field: string, value: string, max: number = STRING_MAX): string {
    if (value.length <= max) return value;
    this.truncated.push({ field, length: value.length });
    // Do not leave half a surrogate pair at the cut.
    let cut = value.slice(0, max);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    return cut;
  }

  list<T>(field: string, values: T[], max: number): T[] {
    if (values.length <= max) return values;
    this.truncated.push({ field, length: values.length });
    return values.slice(0, max);
  }
}

/** An http(s) URL as a string, or null for javascript:, data: and other schemes. */
export function safeHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
