/**
 * Word matching that holds in every language a résumé is written in
 * (DOMAIN.md: "a short word never matches inside a longer one in any
 * language"). JavaScript's `\b` knows only ASCII letters, so on raw text
 * "CI" is found inside Polish "dostępności" (ś is not a letter to it).
 *
 * The rules' word patterns therefore run on folded text: lower case, accents
 * dropped ("dostępności" → "dostepnosci"), and every other letter of any
 * script turned into "x", one character for one character. On folded text
 * every letter is an ASCII letter, so `\b` is a true word boundary in every
 * language, and the patterns stay as fast as plain ASCII ones (Unicode
 * look-arounds at every position made screening twenty times slower).
 */

// Apostrophes become spaces: "d’études" and "d'études" both read "d etudes".
const SPECIAL: Readonly<Record<string, string>> = { '’': ' ', '‘': ' ', 'ʼ': ' ', '´': ' ', '`': ' ', "'": ' ', ł: 'l', ß: 's', ø: 'o', æ: 'a', œ: 'o', đ: 'd', ð: 'd', þ: 't', ı: 'i', ŀ: 'l', ħ: 'h' };
const folded = new Map<string, string>();

function foldChar(c: string): string {
  const known = folded.get(c);
  if (known !== undefined) return known;
  const lower = c.toLowerCase();
  let out: string;
  const base = SPECIAL[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length === 1 && base.charCodeAt(0) < 128) out = base;
  else if (/[\p{L}\p{N}]/u.test(c)) out = 'x';
  else out = c.length === 1 ? c : ' ';
  folded.set(c, out);
  return out;
}

/**
 * Lower case without accents, one character for one character:
 * "Développeur" → "developpeur", "Łódź" → "lodz", "d’études" → "d etudes"; letters of other scripts
 * become "x", so indices in the folded text are indices in the original.
 */
export function fold(text: string): string {
  // Plain ASCII, the common case, needs no more than lower-casing.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/['`]/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

/** Patterns made by `wordRegex`, with their quick pre-check if they have one. */
const FOLDED_PATTERNS = new WeakMap<RegExp, RegExp | null>();

/**
 * A regular expression for folded text (see `fold`): written in lower case
 * without accents, with `\b` for word boundaries, which on folded text holds
 * in every language. Flags default to case-insensitive. `hint`, when given,
 * is a cheap pattern every match must contain (a stem of each word): most
 * sentences fail it at once, and the long multilingual pattern is not run.
 */
export function wordRegex(source: string, flags = 'i', hint?: RegExp): RegExp {
  const re = new RegExp(source, flags);
  FOLDED_PATTERNS.set(re, hint ?? null);
  return re;
}

/** True for a pattern made by `wordRegex`: it reads folded text, not the text as written. */
export function readsFoldedText(re: RegExp): boolean {
  return FOLDED_PATTERNS.has(re);
}

/** False when `text` cannot match `re` (its hint is missing); true when it might. */
export function mayMatch(re: RegExp, text: string): boolean {
  const hint = FOLDED_PATTERNS.get(re);
  return hint ? hint.test(text) : true;
}

/** `re.test(text)` for a non-global pattern, skipping the work when its hint says it cannot match. */
export function matches(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}
