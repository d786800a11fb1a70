/**
 * A person's name split into first and last the way people write them, for
 * the systems whose imports ask for both (LinkedIn Recruiter, Greenhouse).
 * Nothing is invented: what cannot be split stays in the first name.
 *
 * - One word is the first name ("Cher" → Cher / "").
 * - Otherwise the last word is the last name, with the particles written
 *   before it ("Guido van Rossum" → Guido / van Rossum, "Ana de la Cruz" →
 *   Ana / de la Cruz, "José Ortega y Gasset" → José / Ortega y Gasset), and
 *   every word before that is the first name, middle names included ("Mary
 *   Ann Smith" → Mary Ann / Smith). Two family names written without a joining
 *   word ("Gabriel García Márquez") cannot be told from a middle name: the
 *   last word alone is the last name there, which is what LinkedIn and
 *   Greenhouse show when a recruiter types the name into one field.
 * - "Quill, Ada": a comma before the given name is the "Last, First" order.
 * - Generational suffixes stay with the last name ("King Jr."); degrees and
 *   credentials after a comma ("Ada Quill, PhD"), pronouns or nicknames in
 *   brackets ("(she/her)") and emoji are not part of a name and are left out.
 * - Chinese, Japanese and Korean names written in their own script put the
 *   family name first: with a space ("山田 太郎") the first word is the last
 *   name; without one ("王小明", "김민준") the family name is its first
 *   character (two for a known two-character surname such as 欧阳, or for a
 *   four-character name, the common Japanese 2 + 2). The same names written
 *   in Latin letters follow the Western order the person chose ("Xiaoming Wang").
 */

export interface NameParts {
  first: string;
  last: string;
}

/** Lower-cased words that belong to the family name that follows them. */
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'delle', 'dello', 'dei', 'di', 'da', 'das', 'do', 'dos', 'du', 'des',
  'la', 'le', 'lo', 'las', 'los', 'ter', 'ten', 'te', 'op', "d'", 'st', 'st.', 'saint', 'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'abu', 'ap', 'mac',
]);
/** Words joining two family names: the family name before them belongs too. */
const JOINERS = new Set(['y', 'e', 'i']);
/** Suffixes that are part of the legal name and stay with the last name. */
const GENERATIONAL = /^(jr\.?|sr\.?|junior|senior|ii|iii|iv|v|2nd|3rd)$/i;
/** Degrees and credentials written after a name: not part of it. */
const CREDENTIAL = /^(phd|ph\.d\.?|md|m\.d\.|mba|msc|m\.sc\.|bsc|b\.sc\.|ma|ba|cpa|pmp|cissp|pe|esq\.?|dr\.?|prof\.?|mphil|dphil|meng|beng|ceng|frs)$/i;
/** Two-character Chinese surnames (the common ones); any other unspaced Han name has a one-character surname. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '歐陽', '諸葛', '東方', '長孫', '南宮', '南宫', '西門', '西门']);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ALL_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]+$/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

/** The name without decorations that are not part of it, white space collapsed. */
export function cleanName(raw: string): string {
  let name = raw.normalize('NFC').replace(EMOJI, ' ');
  // Pronouns, nicknames, former names: "(she/her)", "[he/him]".
  name = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  name = name.replace(/\s+/g, ' ').trim();
  // Trailing credentials after commas: "Ada Quill, PhD, MBA".
  for (;;) {
    const match = /,\s*([^,]+)$/.exec(name);
    if (!match || !match[1]!.split(/\s+/).every((w) => CREDENTIAL.test(w))) break;
    name = name.slice(0, match.index).trim();
  }
  // Trailing credentials without a comma ("Ada Quill PhD") only when something is left before them.
  const words = name.split(' ');
  while (words.length > 2 && CREDENTIAL.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[\s,]+$/, '').trim();
}

export function splitName(raw: string): NameParts {
  const name = cleanName(raw);
  if (!name) return { first: '', last: '' };

  // "Quill, Ada" and "King, Martin Luther, Jr.": family name first, then the given names.
  const commaParts = name.split(',').map((p) => p.trim()).filter(Boolean);
  if (commaParts.length >= 2) {
    const suffix = commaParts.length > 2 && GENERATIONAL.test(commaParts.at(-1)!) ? ` ${commaParts.pop()}` : '';
    if (commaParts.length === 2 && GENERATIONAL.test(commaParts[1]!)) {
      // "Martin King, Jr.": the suffix after a comma, not a "Last, First".
      const parts = splitName(commaParts[0]!);
      return { first: parts.first, last: `${parts.last} ${commaParts[1]}`.trim() };
    }
    return { first: commaParts.slice(1).join(' '), last: `${commaParts[0]}${suffix}` };
  }

  const words = name.split(' ');
  if (CJK.test(name) && words.every((w) => ALL_CJK.test(w))) return splitCjk(words);
  if (words.length === 1) return { first: name, last: '' };

  // The last name: the last word (and a generational suffix after it), then the particles before it.
  let end = words.length;
  let suffix: string[] = [];
  if (words.length > 2 && GENERATIONAL.test(words.at(-1)!)) {
    suffix = [words.at(-1)!];
    end--;
  }
  let start = end - 1;
  while (start > 1) {
    const before = words[start - 1]!.toLowerCase();
    if (PARTICLES.has(before)) start--;
    else if (JOINERS.has(before) && start > 2) start -= 2;
    else break;
  }
  return { first: words.slice(0, start).join(' '), last: [...words.slice(start, end), ...suffix].join(' ') };
}

function splitCjk(words: string[]): NameParts {
  // Written with a space: family name first.
  if (words.length > 1) return { first: words.slice(1).join(' '), last: words[0]! };
  const name = words[0]!;
  const chars = [...name];
  if (chars.length < 2) return { first: name, last: '' };
  // Kana or a middle dot is a given name in Japanese or a transliterated foreign name: not split.
  if (/[\p{Script=Hiragana}\p{Script=Katakana}ー・]/u.test(name) && !/^\p{Script=Han}{2}/u.test(name)) return { first: name, last: '' };
  const two = chars.slice(0, 2).join('');
  const familyLength = COMPOUND_SURNAMES.has(two) || (chars.length === 4 && /^\p{Script=Han}+$/u.test(name)) ? 2 : 1;
  if (chars.length <= familyLength) return { first: name, last: '' };
  return { first: chars.slice(familyLength).join(''), last: chars.slice(0, familyLength).join('') };
}
