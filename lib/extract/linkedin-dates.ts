/**
 * LinkedIn's date ranges as it writes them, in the interface language of the
 * person looking: "Jan 2021 - Present · 3 yrs 11 mos", "Jan. 2021 – Heute ·
 * 3 J. 11 Mon.", "janv. 2021 - aujourd’hui", "ene. de 2021 - actualidad",
 * "2014 - 2018", "Mar 2020 · 1 mo". They become JSON Resume dates ("2021-01",
 * "2014"); an open range has no endDate.
 */

/**
 * The month words LinkedIn prints in its date lines, lower-case without dots:
 * en, de, fr, es, pt, it, nl (LinkedIn abbreviates: "Jan", "Jan.", "janv.",
 * "ene.", "März", "mrt."; the few it spells out are the short months).
 */
const MONTHS: Record<string, number> = {};
const NAMES: Array<[number, string]> = [
  [1, 'jan janv ene gen jän'],
  [2, 'feb févr fevr fev'],
  [3, 'mar märz mär mars mrt'],
  [4, 'apr avr abr'],
  [5, 'may mai mayo maio mag mei'],
  [6, 'jun juni juin giu'],
  [7, 'jul juli juil lug'],
  [8, 'aug août aout ago'],
  [9, 'sep sept set'],
  [10, 'oct okt out ott'],
  [11, 'nov'],
  [12, 'dec dez déc dic'],
];
for (const [month, names] of NAMES) for (const name of names.split(' ')) MONTHS[name] = month;

/** The words for "still there", lower-case, apostrophes normalised. */
const PRESENT = [
  'present',
  'heute',
  "aujourd'hui",
  'actualidad',
  'actualmente',
  'presente',
  'o momento',
  'momento',
  'atual',
  'oggi',
  'heden',
  'nu',
  'obecnie',
  'idag',
  'i dag',
  'nå',
  'nyt',
];

export interface DateRange {
  startDate?: string;
  endDate?: string;
  /** The range is open ("Present", "Heute"). */
  current: boolean;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Jan 2021", "janv. 2021", "ene. de 2021", "2021" → "2021-01" / "2021"; null for anything else. */
export function parseLinkedInDate(text: string): string | null {
  // A month word is whatever is not a space, a digit or a dot (no \p{L}: its first use costs a page milliseconds).
  const match = /^(?:([^\s\d.]+)\.?\s+(?:de\s+)?)?(\d{4})(?!\d)/.exec(normalise(text));
  if (!match?.[2]) return null;
  const year = Number(match[2]);
  if (year < 1900 || year > 2200) return null;
  if (!match[1]) return match[2];
  const month = MONTHS[match[1]];
  // An unknown month word still tells the year; keep what is certain.
  return month ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2];
}

function isPresent(text: string): boolean {
  const value = normalise(text);
  // "Present", "Present · 3 yrs", and the public page's "Present3 years" where a <span> follows the word.
  return PRESENT.some((word) => value.startsWith(word) && !/^[a-z\u00c0-\u024f]/.test(value.slice(word.length)));
}

/**
 * A LinkedIn date range, or null when the text is not one. The duration after
 * "·" is LinkedIn's arithmetic, not a fact of the role, and is dropped.
 */
export function parseLinkedInDateRange(text: string): DateRange | null {
  const value = normalise(text).split('·')[0]?.trim() ?? '';
  if (!value) return null;
  const [left, ...rest] = value.split(/\s+[-–—]\s+|\s*[–—]\s*/);
  if (!left) return null;
  const start = parseLinkedInDate(left);
  if (!start) return null;
  if (rest.length === 0) return { startDate: start, endDate: start, current: false };
  const right = rest.join(' ');
  if (isPresent(right)) return { startDate: start, current: true };
  const end = parseLinkedInDate(right);
  if (!end) return { startDate: start, current: false };
  return { startDate: start, endDate: end, current: false };
}

/** { year, month? } as LinkedIn's embedded data and JSON-LD carry it → a JSON Resume date. */
export function resumeDateOf(parts: { year?: unknown; month?: unknown } | null | undefined): string | null {
  const year = Number(parts?.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  const month = Number(parts?.month);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : String(year);
}

/** A schema.org date ("2021", "2021-03", "2021-03-04", or a bare number) → a JSON Resume date. */
export function resumeDateOfIso(value: unknown): string | null {
  const text = String(value ?? '').trim();
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(text);
  if (!match) return null;
  return resumeDateOf({ year: match[1], month: match[2] });
}
