/**
 * Dates as people write them in résumé files (DESIGN.md "Reading real
 * files"), read into JSON Resume's own forms: "2019", "2019-03" or
 * "2019-03-14". English, French, German, Spanish, Portuguese and Polish
 * month names and words for "still there" are read; an impossible day keeps
 * its year and month ("2024-09-31" is September 2024).
 */

export type ReadDate =
  /** A JSON Resume date: "2019", "2019-03" or "2019-03-14". */
  | { kind: 'date'; date: string }
  /** "Present", "heute", "obecnie"…: the role is still going on. */
  | { kind: 'open' }
  /** Nothing given (an empty string, "-"). */
  | { kind: 'none' };

/** Lower case, accents dropped ("März" → "marz", "październik" → "pazdziernik"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .trim();
}

// Month names and their usual abbreviations, folded, in the six languages.
// Where languages share a spelling they agree on the month ("mar", "mai",
// "set", "dez", "ago"), so one table serves them all.
const MONTH_NAMES: readonly (readonly string[])[] = [
  // January
  ['january', 'jan', 'janvier', 'janv', 'januar', 'janner', 'jaenner', 'enero', 'ene', 'janeiro', 'styczen', 'stycznia', 'sty'],
  ['february', 'feb', 'febr', 'fevrier', 'fevr', 'fev', 'februar', 'febrero', 'fevereiro', 'luty', 'lutego', 'lut'],
  ['march', 'mar', 'mars', 'marz', 'maerz', 'mrz', 'marzo', 'marco', 'marzec', 'marca'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'kwiecien', 'kwietnia', 'kwi'],
  ['may', 'mai', 'mayo', 'maio', 'maj', 'maja'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'czerwiec', 'czerwca', 'cze'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'julho', 'lipiec', 'lipca', 'lip'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'sierpien', 'sierpnia', 'sie'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set', 'wrzesien', 'wrzesnia', 'wrz'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'pazdziernik', 'pazdziernika', 'paz'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'grudzien', 'grudnia', 'gru'],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** Seasons and quarters people put on internships and projects ("Summer 2019", "Q3 2021"). */
const SEASONS = new Map<string, number>([
  ['spring', 4],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 1],
  ['q1', 1],
  ['q2', 4],
  ['q3', 7],
  ['q4', 10],
]);

/** "Still there", folded, in the six languages. */
const OPEN_WORDS = new Set([
  // English
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'on going', 'till date', 'to date', 'until now', 'till now', 'to present', 'to the present',
  // French
  'present', 'presente', 'aujourd hui', 'aujourdhui', 'actuel', 'actuelle', 'actuellement', 'en cours', 'ce jour', 'a ce jour', 'maintenant', 'a present', 'jusqu a present', 'jusqu a aujourd hui',
  // German
  'heute', 'bis heute', 'aktuell', 'derzeit', 'gegenwartig', 'gegenwaertig', 'laufend', 'jetzt', 'bis jetzt', 'dato', 'bis dato', 'heute aktiv',
  // Spanish
  'actualidad', 'la actualidad', 'actual', 'actualmente', 'hoy', 'en curso', 'ahora', 'a la fecha', 'hasta la fecha', 'hasta hoy', 'vigente',
  // Portuguese
  'atual', 'atualmente', 'hoje', 'em andamento', 'em curso', 'o momento', 'ate o momento', 'ate hoje', 'agora', 'momento', 'o presente',
  // Polish
  'obecnie', 'teraz', 'dzis', 'dzisiaj', 'aktualnie', 'do teraz', 'do dzis', 'do dzisiaj', 'nadal', 'w trakcie', 'trwa', 'do chwili obecnej', 'obecna', 'obecny',
]);

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A JSON Resume date from year, month and day, or null when the year or
 * month is impossible. An impossible day is dropped: the year and month stay.
 */
function make(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "'19" → 2019, "2019" → 2019. */
function yearOf(token: string): number | null {
  if (/^\d{4}$/.test(token)) return Number(token);
  const short = /^['’](\d{2})$/.exec(token);
  if (short) {
    const n = Number(short[1]);
    return n >= 70 ? 1900 + n : 2000 + n;
  }
  return null;
}

function numericDate(text: string): string | null | undefined {
  // ISO, with or without a time: "2019", "2019-03", "2019-3-14", "2019-03-14T09:00:00Z".
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[t\s]\d{1,2}:\d{2}.*)?$/i.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (m[2] === undefined) return make(year);
    return make(year, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  }
  // "03/2019", "3-2019", "03.2019".
  m = /^(\d{1,2})[-/.\s](\d{4})$/.exec(text);
  if (m) return make(Number(m[2]), Number(m[1]));
  // "14.03.2019" (day first), "03/14/2019" or "14/03/2019".
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // German and Polish dots are always day first.
    if (m[2] === '.' || a > 12) return make(year, b, a);
    if (b > 12) return make(year, a, b);
    // 03/04/2019 could be March or April: the year is certain, the month is not.
    return a === b ? make(year, a) : make(year);
  }
  return undefined;
}

/**
 * Reads one date as people write it. Returns null when it is not a date at
 * all ("sometime"), so the caller can drop it and say so.
 */
export function readDate(value: string): ReadDate | null {
  const text = fold(value).replace(/\s+/g, ' ');
  if (text === '' || /^[-–—?.]+$/.test(text)) return { kind: 'none' };
  const numeric = numericDate(text);
  if (numeric !== undefined) return numeric === null ? null : { kind: 'date', date: numeric };

  const words = text
    .replace(/[(),]/g, ' ')
    .split(/[\s/-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '' && !['de', 'of', 'do', 'the', 'du'].includes(w));
  const phrase = words.join(' ').replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim();
  if (OPEN_WORDS.has(phrase) || OPEN_WORDS.has(text.replace(/['’]/g, ' ').replace(/[.!]/g, '').trim())) return { kind: 'open' };

  let year: number | null = null;
  let month: number | undefined;
  let day: number | undefined;
  for (const word of words) {
    const y = yearOf(word);
    if (y !== null && year === null) {
      year = y;
      continue;
    }
    const named = MONTHS.get(word) ?? SEASONS.get(word);
    if (named !== undefined && month === undefined) {
      month = named;
      continue;
    }
    const d = /^(\d{1,2})(?:st|nd|rd|th|er|e|º|\.)?$/.exec(word);
    if (d && day === undefined) {
      day = Number(d[1]);
      continue;
    }
    return null;
  }
  if (year === null) return null;
  if (day !== undefined && month === undefined) return null;
  const date = make(year, month, day);
  return date === null ? null : { kind: 'date', date };
}

/** The first instant of a JSON Resume date ("2021-03" → 1 March 2021, UTC). */
export function startOfDate(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** The instant just after a JSON Resume date ("2021-03" ends with March). */
export function endOfDate(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return Date.UTC(year + 1, 0, 1);
  if (!m[3]) return Date.UTC(year, Number(m[2]), 1);
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]) + 1);
}
